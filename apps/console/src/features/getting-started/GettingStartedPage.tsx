import type { ReactNode } from 'react';
import { Card, Steps, theme } from 'antd';
import type { StepsProps } from 'antd';
import { Link } from 'react-router';
import { PageHeading } from '../../components/PageHeading.tsx';

/** A step's explanation, in the normal text colour (Steps greys out the text of steps not yet reached). */
function StepText({ children }: { children: ReactNode }) {
  const { token } = theme.useToken();
  return <p style={{ margin: '4px 0 8px', color: token.colorText }}>{children}</p>;
}

/**
 * The guide's workflow (User Guide › Procedure), each step linking to where it is done. Every step is
 * shown as one to do ('process'): this is a how-to, not progress.
 */
const WORKFLOW: StepsProps['items'] = [
  {
    status: 'process',
    title: 'Create a cluster',
    content: (
      <>
        <StepText>
          Create a cluster, select the cluster network environment, and set the number of nodes and configuration
          information of the cluster.
        </StepText>
        <Link to="/clusters">Open the cluster list</Link>
      </>
    ),
  },
  {
    status: 'process',
    title: 'Select an image or orchestration template',
    content: (
      <>
        <StepText>
          Select an image or orchestration template (if your application is composed of services supported by multiple
          images, you can select a single orchestration template).
        </StepText>
        <span>
          <Link to="/images">Open the image list</Link> · <Link to="/templates">Open the template list</Link>
        </span>
      </>
    ),
  },
  {
    status: 'process',
    title: 'Create and deploy an application',
    content: (
      <>
        <StepText>Create and deploy an application.</StepText>
        <Link to="/applications">Open the application list</Link>
      </>
    ),
  },
  {
    status: 'process',
    title: 'View the status of the application',
    content: (
      <>
        <StepText>
          View the status of the deployed application as well as the relevant service and container information.
        </StepText>
        <Link to="/services">Open the service list</Link>
      </>
    ),
  },
];

export function GettingStartedPage() {
  return (
    <>
      <PageHeading title="Getting Started" />
      <Card title="How to use the Container Service">
        <Steps orientation="vertical" items={WORKFLOW} />
      </Card>
    </>
  );
}

import { Card, Result } from 'antd';
import { ToolOutlined } from '@ant-design/icons';
import { PageHeading } from '../../components/PageHeading.tsx';

interface NotBuiltPageProps {
  title: string;
  /** What the page will show, in the guide's words. */
  description: string;
}

/** Stands in for a page of the guide that is not built yet: its name, what it will show, and saying so. */
export function NotBuiltPage({ title, description }: NotBuiltPageProps) {
  return (
    <>
      <PageHeading title={title} />
      <Card>
        <Result
          icon={<ToolOutlined aria-hidden />}
          title="This page is not built yet."
          subTitle={<p style={{ maxWidth: 720, margin: '0 auto' }}>{description}</p>}
        />
      </Card>
    </>
  );
}

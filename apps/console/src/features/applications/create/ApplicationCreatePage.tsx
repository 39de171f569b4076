import { useState } from 'react';
import { App, Breadcrumb, Button, Card, Descriptions, Flex, Form, Skeleton, Steps } from 'antd';
import type { FormInstance } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { FailureAlert } from '../../../components/FailureAlert.tsx';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { useApplicationCreateMutation } from '../../../data/applications/application-create-mutation.ts';
import { useClustersQuery } from '../../../data/clusters/clusters-query.ts';
import { applicationDetailPath, applicationListPath } from '../application-paths.ts';
import { followedState } from '../operations/operation-outcome.utils.ts';
import { BasicInformationForm } from './BasicInformationForm.tsx';
import {
  describeCreateFailure,
  initialBasicValues,
  toCreateRequest,
  UPDATE_METHODS,
} from './create-application.utils.ts';
import type { BasicValues, CreateFailure } from './create-application.utils.ts';
import { CreateWithImage } from './image/CreateWithImage.tsx';
import { CreateWithTemplate } from './template/CreateWithTemplate.tsx';

type Mode = 'image' | 'template';

const MODE_TITLES: Record<Mode, string> = {
  image: 'Create with Image',
  template: 'Create with Orchestration Template',
};

/**
 * Create Application: the basic information, then Create with Image or with an orchestration
 * template. `?image=&version=` (Docker Images) or `?templateId=` (Orchestration Templates) prefill it.
 */
export function ApplicationCreatePage() {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [searchParams] = useSearchParams();
  const prefill = {
    image: searchParams.get('image') ?? undefined,
    version: searchParams.get('version') ?? undefined,
    templateId: searchParams.get('templateId') ?? undefined,
  };
  const suggested: Mode | undefined = prefill.image ? 'image' : prefill.templateId ? 'template' : undefined;
  const clusters = useClustersQuery({});
  const defaultCluster = searchParams.get('clusterId') ?? clusters.data?.items[0]?.metadata.id;
  const [form] = Form.useForm<BasicValues>();
  const [mode, setMode] = useState<Mode>();
  const [basic, setBasic] = useState<BasicValues>();
  const [failure, setFailure] = useState<CreateFailure>();
  const creation = useApplicationCreateMutation();

  const choose = async (next: Mode) => {
    const values = await form.validateFields().catch(() => undefined);
    if (!values) return;
    setBasic(values);
    setMode(next);
    setFailure(undefined);
  };

  const create = (template: string, variables: Record<string, string> = {}) => {
    if (!basic) return;
    setFailure(undefined);
    creation.mutate(toCreateRequest(basic, template, variables), {
      onSuccess: (created) => {
        void message.success(`Application ${created.metadata.name} is created and being deployed.`);
        const { id, name, resourceVersion } = created.metadata;
        void navigate(applicationDetailPath(id), {
          state: followedState({ id, name, operation: 'deploy', resourceVersion }),
        });
      },
      onError: (error) => {
        const described = describeCreateFailure(error);
        setFailure(described);
        if (described.basic.length > 0) {
          // Back to the basic information, where the fields the BFF refused are.
          setMode(undefined);
          (form as FormInstance).setFields(described.basic);
        }
      },
    });
  };

  const clusterName = clusters.data?.items.find((c) => c.metadata.id === basic?.clusterId)?.metadata.name;
  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[{ title: <Link to={applicationListPath()}>Application List</Link> }, { title: 'Create Application' }]}
      />
      <PageHeading title="Create Application" extra={<Button onClick={() => void navigate(-1)}>Cancel</Button>} />
      <Steps
        current={mode ? 1 : 0}
        style={{ marginBottom: 24, maxWidth: 720 }}
        items={[{ title: 'Basic Information' }, { title: mode ? MODE_TITLES[mode] : 'Configuration' }]}
      />
      <FailureAlert message={failure?.message} />
      <div hidden={mode !== undefined}>
        <Card>
          {defaultCluster === undefined && clusters.isPending ? (
            <Skeleton active />
          ) : (
            <>
              <BasicInformationForm form={form} initialValues={initialBasicValues(defaultCluster)} />
              <Flex gap={12} style={{ marginInlineStart: 150 }}>
                {(['image', 'template'] as const).map((m) => (
                  <Button
                    key={m}
                    type={suggested === m || !suggested ? 'primary' : 'default'}
                    onClick={() => void choose(m)}
                  >
                    {MODE_TITLES[m]}
                  </Button>
                ))}
              </Flex>
            </>
          )}
        </Card>
      </div>
      {mode && basic && (
        <Flex vertical gap={16}>
          <Card size="small">
            <Flex justify="space-between" align="center" gap={16}>
              <Descriptions
                size="small"
                column={4}
                items={[
                  { key: 'name', label: 'Name', children: basic.name },
                  { key: 'version', label: 'Version', children: basic.version },
                  { key: 'cluster', label: 'Cluster', children: clusterName ?? basic.clusterId },
                  {
                    key: 'method',
                    label: 'Update Method',
                    children: UPDATE_METHODS.find((u) => u.value === basic.updateMethod)?.label,
                  },
                ]}
              />
              <Button onClick={() => setMode(undefined)}>Previous</Button>
            </Flex>
          </Card>
          {mode === 'image' ? (
            <CreateWithImage
              basic={basic}
              prefill={prefill}
              creating={creation.isPending}
              failure={failure}
              onCreate={create}
            />
          ) : (
            <CreateWithTemplate
              basic={basic}
              templateId={prefill.templateId}
              creating={creation.isPending}
              failure={failure}
              onCreate={create}
            />
          )}
        </Flex>
      )}
    </>
  );
}

import { useState } from 'react';
import { Alert, App, Button, Checkbox, Flex, Form, Input, Modal, Radio, Space, Tooltip } from 'antd';
import { QuestionCircleOutlined } from '@ant-design/icons';
import { VolumeCreateRequestSchema } from '@cs/contracts';
import type { ClusterDto, VolumeCreateRequest } from '@cs/contracts';
import { VOLUME_DRIVER_PARAMETERS_NOTE, volumePrerequisiteProblem } from '@cs/domain';
import { FailureAlert } from '../../components/FailureAlert.tsx';
import { useVolumeCreateMutation } from '../../data/volumes/volume-create-mutation.ts';
import { contractRule } from '../../forms/contract-rule.ts';
import { useFormFailure } from '../../forms/use-form-failure.ts';
import { SelectBucketDialog } from './SelectBucketDialog.tsx';

const FIELDS = [
  'name',
  'accessKeyId',
  'accessKeySecret',
  'allowOther',
  'noxattr',
  'otherParameters',
  'bucket',
  'accessDomain',
  'fileCaching',
] as const;
const { shape } = VolumeCreateRequestSchema;
type Values = Omit<Required<VolumeCreateRequest>, 'clusterId' | 'type'> & { otherParameters: string };

const hint = (text: string) => (
  <Tooltip title={text}>
    <QuestionCircleOutlined aria-label={text} style={{ marginLeft: 4, color: 'rgba(0, 0, 0, 0.45)' }} />
  </Tooltip>
);

/** Create Data Volume: an OSSFS data volume over an OSS bucket, on every node of the cluster. */
export function CreateVolumeDialog({ cluster, onClose }: { cluster: ClusterDto; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const failure = useFormFailure(form, FIELDS);
  const create = useVolumeCreateMutation();
  const [pickingBucket, setPickingBucket] = useState(false);
  const bucket = Form.useWatch('bucket', form);
  const prerequisite = volumePrerequisiteProblem(cluster.status);

  const submit = (values: Values) => {
    failure.clear();
    create.mutate(
      { ...values, clusterId: cluster.metadata.id, type: 'oss', name: values.name.trim() },
      {
        onSuccess: (volume) => {
          void message.success(
            `Data volume ${volume.metadata.name} is created on every node of ${cluster.metadata.name}.`,
          );
          onClose();
        },
        onError: failure.report,
      },
    );
  };

  return (
    <Modal
      open
      width={640}
      title="Create Data Volume"
      okText="Create"
      okButtonProps={{ htmlType: 'submit', form: 'create-volume', disabled: prerequisite !== undefined }}
      confirmLoading={create.isPending}
      onCancel={onClose}
    >
      {prerequisite && <Alert type="warning" showIcon message={prerequisite} style={{ marginBottom: 16 }} />}
      <Form
        name="create-volume"
        form={form}
        layout="horizontal"
        labelCol={{ span: 6 }}
        wrapperCol={{ span: 18 }}
        onFinish={submit}
        disabled={create.isPending}
        initialValues={{
          type: 'oss',
          allowOther: false,
          noxattr: false,
          otherParameters: '',
          accessDomain: 'intranet',
          fileCaching: true,
        }}
      >
        <Form.Item label="Type" name="type">
          <Radio.Group options={[{ value: 'oss', label: 'OSS' }]} />
        </Form.Item>
        <Form.Item
          label="Name"
          name="name"
          rules={[contractRule(shape.name)]}
          extra="The data volume ID: unique within the cluster."
        >
          <Input placeholder="test" autoComplete="off" />
        </Form.Item>
        <Form.Item label="Access Key ID" name="accessKeyId" rules={[contractRule(shape.accessKeyId)]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          label="Access Key Secret"
          name="accessKeySecret"
          rules={[contractRule(shape.accessKeySecret)]}
          extra="Kept for the volume driver and never shown again."
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item label="Optional Parameters">
          <Space>
            <Form.Item name="allowOther" valuePropName="checked" noStyle>
              <Checkbox>allow_other</Checkbox>
            </Form.Item>
            {hint('Lets users other than the one who mounted the volume (root) access its files.')}
            <Form.Item name="noxattr" valuePropName="checked" noStyle>
              <Checkbox>noxattr</Checkbox>
            </Form.Item>
            {hint('Turns off extended attributes (getxattr/setxattr), which OSS does not store.')}
          </Space>
        </Form.Item>
        <Form.Item
          label="Other Parameters"
          name="otherParameters"
          rules={[contractRule(shape.otherParameters)]}
          extra={
            <>
              <div>
                For the formats of other parameters, refer to the ossfs documentation. Example: -o allow_other -o
                default_permission=666 -onoxattr
              </div>
              <div>Note: {VOLUME_DRIVER_PARAMETERS_NOTE}</div>
            </>
          }
        >
          <Input autoComplete="off" placeholder="-o default_permission=666" />
        </Form.Item>
        <Form.Item label="Bucket ID" required>
          <Flex gap={8}>
            <Form.Item name="bucket" noStyle rules={[contractRule(shape.bucket)]}>
              <Input readOnly aria-label="Bucket ID" placeholder="Select a bucket" />
            </Form.Item>
            <Button onClick={() => setPickingBucket(true)}>Select Bucket</Button>
          </Flex>
        </Form.Item>
        <Form.Item
          label={
            <>
              Access Domain Name
              {hint(
                'If the bucket shares a region with the ECS instances, select Intranet; otherwise select Internet.',
              )}
            </>
          }
          name="accessDomain"
        >
          <Radio.Group
            options={[
              { value: 'intranet', label: 'Intranet' },
              { value: 'internet', label: 'Internet' },
              { value: 'vpc', label: 'VPC' },
            ]}
          />
        </Form.Item>
        <Form.Item
          label={
            <>
              File Caching
              {hint(
                'To read on one machine what another just changed in the same file, turn off file cache. Turning it off slows down ls of folders with many files.',
              )}
            </>
          }
          name="fileCaching"
        >
          <Radio.Group
            options={[
              { value: true, label: 'Enable' },
              { value: false, label: 'Disable' },
            ]}
          />
        </Form.Item>
      </Form>
      <FailureAlert message={failure.message} />
      {pickingBucket && (
        <SelectBucketDialog
          region={cluster.spec.region}
          value={bucket}
          onSelect={(name) => form.setFieldsValue({ bucket: name })}
          onClose={() => setPickingBucket(false)}
        />
      )}
    </Modal>
  );
}

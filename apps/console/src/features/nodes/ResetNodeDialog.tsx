import { App, Checkbox, Form, Modal } from 'antd';
import { NodeResetRequestSchema } from '@cs/contracts';
import type { NodeDto, NodeResetRequest } from '@cs/contracts';
import { FailureAlert } from '../../components/FailureAlert.tsx';
import { useNodeResetMutation } from '../../data/nodes/node-reset-mutation.ts';
import { LogonPasswordFields } from '../../forms/LogonPasswordFields.tsx';
import { useFormFailure } from '../../forms/use-form-failure.ts';

const FIELDS = ['migrateContainers', 'password', 'confirmPassword'] as const;
const toRequest = (values: Record<string, unknown>) => values;
const note = { color: 'rgba(0, 0, 0, 0.55)', margin: '4px 0 0' };

/** The guide's rule text of this dialog, which also names the characters that are not allowed. */
const RESET_PASSWORD_RULE =
  'The password should be 8–30 characters long and contain three types of characters (uppercase/lowercase letters, numbers, and special characters). Slash (\\) and quotation mark (") are not supported.';

interface ResetNodeDialogProps {
  node: NodeDto;
  onClose: () => void;
}

/** More > Reset, exactly as the guide shows it: a new system disk, and the node joins again. */
export function ResetNodeDialog({ node, onClose }: ResetNodeDialogProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<NodeResetRequest>();
  const failure = useFormFailure(form, FIELDS);
  const reset = useNodeResetMutation();

  const submit = (values: NodeResetRequest) => {
    failure.clear();
    reset.mutate(
      { clusterId: node.spec.clusterId, nodeId: node.metadata.id, body: values },
      {
        onSuccess: () => {
          void message.success(`Resetting node ${node.status.privateIp}.`);
          onClose();
        },
        onError: failure.report,
      },
    );
  };

  return (
    <Modal
      open
      title="Reset Node"
      width={680}
      okText="Confirm"
      okButtonProps={{ htmlType: 'submit', form: 'reset-node', danger: true }}
      confirmLoading={reset.isPending}
      onCancel={onClose}
    >
      <Form<NodeResetRequest>
        name="reset-node"
        form={form}
        labelCol={{ flex: '170px' }}
        labelWrap
        wrapperCol={{ flex: '1' }}
        initialValues={{ migrateContainers: false }}
        onFinish={submit}
        disabled={reset.isPending}
      >
        <Form.Item label="Instance ID" style={{ marginBottom: 8 }}>
          {node.spec.instanceId}
        </Form.Item>
        <Form.Item label="Instance Name" style={{ marginBottom: 8 }}>
          {node.metadata.name}
        </Form.Item>
        <Form.Item label="Migrate Container(s)">
          <Form.Item name="migrateContainers" valuePropName="checked" noStyle>
            <Checkbox>Migrate Container(s)</Checkbox>
          </Form.Item>
          <p style={note}>
            When resetting a node, container migration will cause the loss of data in local volumes. Please back up the
            data first. Also, if container migration fails, you cannot continue resetting the node, and can only
            manually restart the reset. During the second reset, you can deselect the &quot;Migrate Containers&quot;
            option to force the Container Service to reset the node.
          </p>
        </Form.Item>
        <LogonPasswordFields
          label="Password"
          extra={RESET_PASSWORD_RULE}
          passwordName={['password']}
          confirmName={['confirmPassword']}
          schema={NodeResetRequestSchema}
          toRequest={toRequest}
        />
        <Form.Item label="Reminder" style={{ marginBottom: 0 }}>
          <div role="note" aria-label="Reminder" style={{ color: '#d46b08' }}>
            When resetting an ECS instance, a new system disk is attached. The disk ID will change and the previous
            system disk will be released.
            <ol style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
              <li>The reset ECS nodes will restore to the status when they were added to the cluster.</li>
              <li>When resetting the node, all data will be erased.</li>
              <li>Please back up data before performing this operation to avoid data loss.</li>
            </ol>
          </div>
        </Form.Item>
      </Form>
      <FailureAlert message={failure.message} />
    </Modal>
  );
}

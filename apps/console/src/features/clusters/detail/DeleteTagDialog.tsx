import { Alert, App, Form, Modal, Select } from 'antd';
import { DeleteUserTagRequestSchema } from '@cs/contracts';
import { FailureAlert } from '../../../components/FailureAlert.tsx';
import { useUserTagDeleteMutation } from '../../../data/nodes/user-tag-delete-mutation.ts';
import { contractRule } from '../../../forms/contract-rule.ts';
import { useFormFailure } from '../../../forms/use-form-failure.ts';

const FIELDS = ['key'] as const;

interface DeleteTagDialogProps {
  clusterId: string;
  nodeIds: string[];
  /** The tag keys the selected nodes carry. */
  keys: string[];
  onClose: () => void;
}

/** Delete Tag: one key removed from each selected node. */
export function DeleteTagDialog({ clusterId, nodeIds, keys, onClose }: DeleteTagDialogProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ key: string }>();
  const failure = useFormFailure(form, FIELDS);
  const remove = useUserTagDeleteMutation();

  const submit = ({ key }: { key: string }) => {
    failure.clear();
    remove.mutate(
      { clusterId, body: { nodeIds, key } },
      {
        onSuccess: () => {
          void message.success(`Tag ${key} deleted from ${nodeIds.length} node(s).`);
          onClose();
        },
        onError: failure.report,
      },
    );
  };

  return (
    <Modal
      open
      title="Delete Tag"
      okText="OK"
      okButtonProps={{ htmlType: 'submit', form: 'delete-user-tag', danger: true }}
      confirmLoading={remove.isPending}
      onCancel={onClose}
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        title="Deleting a user tag does not affect the services already deployed with it, but it does affect their next deployment. Proceed with caution."
      />
      <Form
        name="delete-user-tag"
        form={form}
        layout="vertical"
        onFinish={submit}
        disabled={remove.isPending}
        initialValues={{ key: keys.length === 1 ? keys[0] : undefined }}
      >
        <Form.Item label="Tag Key" name="key" rules={[contractRule(DeleteUserTagRequestSchema.shape.key)]}>
          <Select placeholder="Select the tag key to delete" options={keys.map((k) => ({ value: k, label: k }))} />
        </Form.Item>
      </Form>
      <FailureAlert message={failure.message} />
    </Modal>
  );
}

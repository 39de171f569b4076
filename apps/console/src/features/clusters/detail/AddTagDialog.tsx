import { App, Form, Input, Modal } from 'antd';
import { AddUserTagRequestSchema } from '@cs/contracts';
import { FailureAlert } from '../../../components/FailureAlert.tsx';
import { useUserTagAddMutation } from '../../../data/nodes/user-tag-add-mutation.ts';
import { contractPathRule } from '../../../forms/contract-rule.ts';
import { useFormFailure } from '../../../forms/use-form-failure.ts';

interface TagValues {
  tag: { key: string; value: string };
}

const FIELDS = ['tag.key', 'tag.value'] as const;

interface AddTagDialogProps {
  clusterId: string;
  nodeIds: string[];
  onClose: () => void;
}

/** Add Tag: a key and a value set on each selected node, for `constraint:key==value`. */
export function AddTagDialog({ clusterId, nodeIds, onClose }: AddTagDialogProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<TagValues>();
  const failure = useFormFailure(form, FIELDS);
  const add = useUserTagAddMutation();
  const toRequest = (values: Record<string, unknown>) => {
    const tag = (values as Partial<TagValues>).tag;
    return { nodeIds, tag: { key: tag?.key ?? '', value: tag?.value ?? '' } };
  };

  const submit = (values: TagValues) => {
    failure.clear();
    const tag = { key: values.tag.key.trim(), value: values.tag.value.trim() };
    add.mutate(
      { clusterId, body: { nodeIds, tag } },
      {
        onSuccess: () => {
          void message.success(`Tag ${tag.key}:${tag.value} added to ${nodeIds.length} node(s).`);
          onClose();
        },
        onError: failure.report,
      },
    );
  };

  return (
    <Modal
      open
      title="Add Tag"
      okText="OK"
      okButtonProps={{ htmlType: 'submit', form: 'add-user-tag' }}
      confirmLoading={add.isPending}
      onCancel={onClose}
    >
      <p>
        The tag is added to the {nodeIds.length} selected node(s). Deploy a service on them with{' '}
        <code>constraint:key==value</code> in its orchestration template.
      </p>
      <Form<TagValues>
        name="add-user-tag"
        form={form}
        layout="vertical"
        onFinish={submit}
        disabled={add.isPending}
        initialValues={{ tag: { key: '', value: '' } }}
      >
        <Form.Item
          label="Tag Key"
          name={['tag', 'key']}
          rules={[contractPathRule(AddUserTagRequestSchema, 'tag.key', toRequest)]}
        >
          <Input placeholder="group" autoComplete="off" />
        </Form.Item>
        <Form.Item
          label="Tag Value"
          name={['tag', 'value']}
          dependencies={[['tag', 'key']]}
          rules={[contractPathRule(AddUserTagRequestSchema, 'tag.value', toRequest)]}
        >
          <Input placeholder="1" autoComplete="off" />
        </Form.Item>
      </Form>
      <FailureAlert message={failure.message} />
    </Modal>
  );
}

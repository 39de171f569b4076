import { App, Form, Input, Modal } from 'antd';
import { LoadBalancerRenameRequestSchema } from '@cs/contracts';
import type { LoadBalancerDto } from '@cs/contracts';
import { FailureAlert } from '../../components/FailureAlert.tsx';
import { useLoadBalancerSaveMutation } from '../../data/load-balancers/load-balancer-save-mutation.ts';
import { contractRule } from '../../forms/contract-rule.ts';
import { useFormFailure } from '../../forms/use-form-failure.ts';

const FIELDS = ['name'] as const;

/** Edit Load Balancer Name: the name `aliyun.lb.port_*` labels reference the instance by. */
export function EditLoadBalancerNameDialog({ lb, onClose }: { lb: LoadBalancerDto; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ name: string }>();
  const failure = useFormFailure(form, FIELDS);
  const save = useLoadBalancerSaveMutation();

  const submit = ({ name }: { name: string }) => {
    failure.clear();
    save.mutate(
      { kind: 'rename', id: lb.metadata.id, name: name.trim(), resourceVersion: lb.metadata.resourceVersion },
      {
        onSuccess: (renamed) => {
          void message.success(`${lb.metadata.id} is now named ${renamed.metadata.name}.`);
          onClose();
        },
        onError: failure.report,
      },
    );
  };

  return (
    <Modal
      open
      title="Edit Load Balancer Name"
      okText="Confirm"
      okButtonProps={{ htmlType: 'submit', form: 'rename-slb' }}
      confirmLoading={save.isPending}
      onCancel={onClose}
    >
      <Form
        name="rename-slb"
        form={form}
        layout="vertical"
        onFinish={submit}
        disabled={save.isPending}
        initialValues={{ name: lb.metadata.name }}
      >
        <Form.Item
          label="Load Balancer Name"
          name="name"
          rules={[contractRule(LoadBalancerRenameRequestSchema.shape.name)]}
        >
          <Input autoComplete="off" />
        </Form.Item>
      </Form>
      <FailureAlert message={failure.message} />
    </Modal>
  );
}

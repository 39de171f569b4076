import { App, Form, Input, Modal } from 'antd';
import { RootDomainRequestSchema } from '@cs/contracts';
import type { ClusterDto } from '@cs/contracts';
import { FailureAlert } from '../../../components/FailureAlert.tsx';
import { useClusterRootDomainMutation } from '../../../data/clusters/cluster-root-domain-mutation.ts';
import { contractRule } from '../../../forms/contract-rule.ts';
import { useFormFailure } from '../../../forms/use-form-failure.ts';

const FIELDS = ['rootDomain'] as const;

interface SetDomainNameDialogProps {
  cluster: ClusterDto;
  onClose: () => void;
}

/** Set Domain Name: the root domain that replaces `$cluster_id.$region_id.alicontainer.com`. */
export function SetDomainNameDialog({ cluster, onClose }: SetDomainNameDialogProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ rootDomain: string }>();
  const failure = useFormFailure(form, FIELDS);
  const setDomain = useClusterRootDomainMutation();

  const submit = ({ rootDomain }: { rootDomain: string }) => {
    failure.clear();
    const domain = rootDomain.trim().toLowerCase();
    setDomain.mutate(
      { id: cluster.metadata.id, rootDomain: domain },
      {
        onSuccess: () => {
          void message.success(`The root domain name of ${cluster.metadata.name} is ${domain}.`);
          onClose();
        },
        onError: failure.report,
      },
    );
  };

  return (
    <Modal
      open
      title="Set Domain Name"
      okText="Settings"
      okButtonProps={{ htmlType: 'submit', form: 'set-domain-name' }}
      confirmLoading={setDomain.isPending}
      onCancel={onClose}
    >
      <p>Enter the root domain name you bought, such as example.com.</p>
      <Form
        name="set-domain-name"
        form={form}
        layout="vertical"
        onFinish={submit}
        disabled={setDomain.isPending}
        initialValues={{ rootDomain: cluster.spec.rootDomain ?? '' }}
      >
        <Form.Item
          label="Domain Name"
          name="rootDomain"
          rules={[contractRule(RootDomainRequestSchema.shape.rootDomain)]}
        >
          <Input placeholder="example.com" autoComplete="off" />
        </Form.Item>
      </Form>
      <FailureAlert message={failure.message} />
    </Modal>
  );
}

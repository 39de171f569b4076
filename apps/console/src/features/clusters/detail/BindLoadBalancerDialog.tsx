import { App, AutoComplete, Form, Modal } from 'antd';
import { BindSlbRequestSchema } from '@cs/contracts';
import type { ClusterDto } from '@cs/contracts';
import { FailureAlert } from '../../../components/FailureAlert.tsx';
import { useClusterLoadBalancerMutation } from '../../../data/clusters/cluster-load-balancer-mutation.ts';
import { useLoadBalancersQuery } from '../../../data/load-balancers/load-balancers-query.ts';
import { contractRule } from '../../../forms/contract-rule.ts';
import { useFormFailure } from '../../../forms/use-form-failure.ts';

const FIELDS = ['slbId'] as const;

interface BindLoadBalancerDialogProps {
  cluster: ClusterDto;
  onClose: () => void;
}

/** Bind: a Server Load Balancer instance created in the Server Load Balancer console. */
export function BindLoadBalancerDialog({ cluster, onClose }: BindLoadBalancerDialogProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ slbId: string }>();
  const failure = useFormFailure(form, FIELDS);
  const bind = useClusterLoadBalancerMutation();
  const instances = useLoadBalancersQuery({ region: cluster.spec.region, pageSize: 100 });

  const submit = ({ slbId }: { slbId: string }) => {
    failure.clear();
    bind.mutate(
      { id: cluster.metadata.id, slbId: slbId.trim() },
      {
        onSuccess: () => {
          void message.success(`Server Load Balancer ${slbId.trim()} is bound to ${cluster.metadata.name}.`);
          onClose();
        },
        onError: failure.report,
      },
    );
  };

  return (
    <Modal
      open
      title="Bind Server Load Balancer"
      okText="Bind"
      okButtonProps={{ htmlType: 'submit', form: 'bind-slb' }}
      confirmLoading={bind.isPending}
      onCancel={onClose}
    >
      <p>
        If no Server Load Balancer instance is bound, log on to the Server Load Balancer console and create a Server
        Load Balancer instance; then return to this page and bind it. A Server Load Balancer instance bound with an
        intranet is supported.
      </p>
      <Form name="bind-slb" form={form} layout="vertical" onFinish={submit} disabled={bind.isPending}>
        <Form.Item
          label="Server Load Balancer ID"
          name="slbId"
          rules={[contractRule(BindSlbRequestSchema.shape.slbId)]}
        >
          <AutoComplete
            placeholder="lb-bp1xxxxxxxxxxxxxxx"
            options={instances.data?.items.map((lb) => ({
              value: lb.metadata.id,
              label: `${lb.metadata.id} (${lb.metadata.name}, ${lb.spec.addressType})`,
            }))}
          />
        </Form.Item>
      </Form>
      <FailureAlert message={failure.message} />
    </Modal>
  );
}

import { App, Form, Input, Modal, Radio, Select } from 'antd';
import { LoadBalancerCreateRequestSchema } from '@cs/contracts';
import type { LoadBalancerCreateRequest } from '@cs/contracts';
import { FailureAlert } from '../../components/FailureAlert.tsx';
import { useLoadBalancerSaveMutation } from '../../data/load-balancers/load-balancer-save-mutation.ts';
import { contractRule } from '../../forms/contract-rule.ts';
import { useFormFailure } from '../../forms/use-form-failure.ts';
import { REGION_OPTIONS } from './load-balancers.utils.ts';

const FIELDS = ['region', 'name', 'addressType', 'networkType'] as const;
const { shape } = LoadBalancerCreateRequestSchema;

/** Create Server Load Balancer: a Pay-As-You-Go instance of a region, on the Internet or the intranet. */
export function CreateLoadBalancerDialog({ region, onClose }: { region: string; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Required<LoadBalancerCreateRequest>>();
  const failure = useFormFailure(form, FIELDS);
  const save = useLoadBalancerSaveMutation();

  const submit = (request: Required<LoadBalancerCreateRequest>) => {
    failure.clear();
    save.mutate(
      { kind: 'create', request: { ...request, name: request.name.trim() } },
      {
        onSuccess: (lb) => {
          void message.success(`Server Load Balancer ${lb.metadata.name} (${lb.metadata.id}) is created.`);
          onClose();
        },
        onError: failure.report,
      },
    );
  };

  return (
    <Modal
      open
      title="Create Server Load Balancer"
      okText="Create"
      okButtonProps={{ htmlType: 'submit', form: 'create-slb' }}
      confirmLoading={save.isPending}
      onCancel={onClose}
    >
      <p>
        Server Load Balancer does not support cross-region deployment: select the same region as the Container Service
        cluster that you intend to use.
      </p>
      <Form
        name="create-slb"
        form={form}
        layout="vertical"
        onFinish={submit}
        disabled={save.isPending}
        initialValues={{ region, addressType: 'internet', networkType: 'classic' }}
      >
        <Form.Item label="Region" name="region" rules={[contractRule(shape.region)]}>
          <Select options={REGION_OPTIONS} />
        </Form.Item>
        <Form.Item
          label="Load Balancer Name"
          name="name"
          rules={[contractRule(shape.name)]}
          extra="1~80 characters: letters, numbers, hyphens (-), forward slashes (/), periods (.) and underscores (_)."
        >
          <Input placeholder="slb_redis_app" autoComplete="off" />
        </Form.Item>
        <Form.Item label="Address Type" name="addressType">
          <Radio.Group
            options={[
              { value: 'internet', label: 'Internet' },
              { value: 'intranet', label: 'Intranet' },
            ]}
          />
        </Form.Item>
        <Form.Item label="Network Type" name="networkType">
          <Radio.Group
            options={[
              { value: 'classic', label: 'Classic Network' },
              { value: 'vpc', label: 'VPC' },
            ]}
          />
        </Form.Item>
      </Form>
      <FailureAlert message={failure.message} />
    </Modal>
  );
}

import { App, Button, Form, Input, InputNumber, Select } from 'antd';
import { ImagePushRequestSchema } from '@cs/contracts';
import { FailureAlert } from '../../components/FailureAlert.tsx';
import { useFaultArmMutation } from '../../data/simulation/fault-arm-mutation.ts';
import { contractRule } from '../../forms/contract-rule.ts';
import { useFormFailure } from '../../forms/use-form-failure.ts';
import { PANEL_FAULTS, faultRequest } from './fault-forms.ts';
import type { FaultFormValues, PanelFault } from './fault-forms.ts';

const FIELDS = ['count', 'message'] as const;
const imageRule = contractRule(ImagePushRequestSchema.shape.image);

interface ArmFaultFormProps {
  fault: PanelFault;
  /** For probe failures and crashes: the cluster's services to aim at. */
  services: readonly { value: string; label: string }[];
  servicesLoading?: boolean;
}

/** Arms one of the panel's faults: its target, how many times it fires, and the message it fails with. */
export function ArmFaultForm({ fault, services, servicesLoading }: ArmFaultFormProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<FaultFormValues>();
  const failure = useFormFailure(form, FIELDS);
  const arm = useFaultArmMutation();
  const { title, effect, counts } = PANEL_FAULTS[fault];

  const submit = (values: FaultFormValues) => {
    failure.clear();
    arm.mutate(faultRequest(fault, values), {
      onSuccess: () => {
        void message.success(`${title} armed.`);
        form.resetFields();
      },
      onError: failure.report,
    });
  };

  return (
    <Form<FaultFormValues>
      name={`fault-${fault}`}
      form={form}
      layout="vertical"
      initialValues={{ target: '', count: 1, message: '' }}
      onFinish={submit}
      aria-label={title}
    >
      <h3 style={{ margin: '0 0 4px', fontSize: 15 }}>{title}</h3>
      <p style={{ margin: '0 0 12px', color: 'rgba(0, 0, 0, 0.65)' }}>{effect}</p>
      {fault === 'pull' ? (
        <Form.Item
          label="Image"
          name="target"
          extra="nginx means nginx:latest, as a pull does."
          rules={[{ required: true, message: 'Name the image whose pulls fail.' }, imageRule]}
        >
          <Input placeholder="nginx:latest" autoComplete="off" />
        </Form.Item>
      ) : (
        <Form.Item label="Service" name="target">
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={servicesLoading}
            options={[{ value: '', label: 'Every service' }, ...services]}
          />
        </Form.Item>
      )}
      <Form.Item label={counts} name="count" rules={[{ required: true, message: 'Say how many times it fails.' }]}>
        <InputNumber min={1} max={100} precision={0} style={{ width: 120 }} />
      </Form.Item>
      <Form.Item label="Message" name="message" extra="What the failure says; a default message when left empty.">
        <Input maxLength={500} autoComplete="off" />
      </Form.Item>
      <FailureAlert message={failure.message} />
      <Button htmlType="submit" type="primary" loading={arm.isPending}>
        Arm {title}
      </Button>
    </Form>
  );
}

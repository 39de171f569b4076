import { Form, InputNumber, Modal, Select } from 'antd';
import {
  MAX_SERVICE_SCALE,
  TRIGGER_TYPES,
  TRIGGER_TYPE_LABELS,
  TriggerAmountSchema,
  TriggerServiceIdSchema,
} from '@cs/contracts';
import type { ServiceDto, TriggerCreatedDto, TriggerType } from '@cs/contracts';
import { FailureAlert } from '../../../../components/FailureAlert.tsx';
import { useApplicationServicesQuery } from '../../../../data/applications/application-services-query.ts';
import { useTriggerMutation } from '../../../../data/triggers/trigger-mutation.ts';
import { contractRule } from '../../../../forms/contract-rule.ts';
import { useFormFailure } from '../../../../forms/use-form-failure.ts';

const FIELDS = ['type', 'serviceId', 'amount'] as const;

interface Values {
  type: TriggerType;
  serviceId?: string;
  amount?: number;
}

/** Services that can scale out: not global, not external. */
const scalable = (s: ServiceDto) => !s.spec.definition.global && !s.spec.definition.external;

/** Create Trigger: a type the application has no trigger of yet; Scale Out also takes a service and an amount. */
export function CreateTriggerDialog({
  applicationId,
  taken,
  onCreated,
  onClose,
}: {
  applicationId: string;
  taken: readonly TriggerType[];
  onCreated: (trigger: TriggerCreatedDto) => void;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const failure = useFormFailure(form, FIELDS);
  const create = useTriggerMutation();
  const services = useApplicationServicesQuery({ id: applicationId });
  const type = Form.useWatch('type', form);
  const serviceId = Form.useWatch('serviceId', form);
  const free = TRIGGER_TYPES.filter((t) => !taken.includes(t));
  const chosen = services.data?.items.find((s) => s.metadata.id === serviceId);
  const maxAmount = Math.max(1, MAX_SERVICE_SCALE - (chosen?.spec.definition.scale ?? 0));

  const submit = (values: Values) => {
    failure.clear();
    const request =
      values.type === 'scale-out'
        ? { type: values.type, serviceId: values.serviceId ?? '', amount: values.amount ?? 0 }
        : { type: values.type };
    create.mutate(
      { kind: 'create', applicationId, request },
      {
        onSuccess: (trigger) => {
          if (trigger) onCreated(trigger);
        },
        onError: failure.report,
      },
    );
  };

  return (
    <Modal
      open
      title="Create Trigger"
      okText="Create"
      okButtonProps={{ htmlType: 'submit', form: 'create-trigger', disabled: free.length === 0 }}
      confirmLoading={create.isPending}
      onCancel={onClose}
    >
      <p>
        You can only have one of each trigger type. Calling the trigger link carries out its action on the application.
      </p>
      <Form
        name="create-trigger"
        form={form}
        layout="vertical"
        onFinish={submit}
        disabled={create.isPending}
        initialValues={{ type: free[0], amount: 1 }}
      >
        <Form.Item label="Type" name="type" rules={[{ required: true, message: 'Select a trigger type.' }]}>
          <Select options={free.map((t) => ({ value: t, label: TRIGGER_TYPE_LABELS[t] }))} />
        </Form.Item>
        {type === 'scale-out' && (
          <>
            <Form.Item
              label="Service"
              name="serviceId"
              rules={[contractRule(TriggerServiceIdSchema)]}
              extra="A call adds containers to this service, as changing its scale does."
            >
              <Select
                loading={services.isPending}
                placeholder="Select a service"
                options={(services.data?.items ?? []).filter(scalable).map((s) => ({
                  value: s.metadata.id,
                  label: `${s.metadata.name} (${s.spec.definition.scale} container${s.spec.definition.scale === 1 ? '' : 's'})`,
                }))}
              />
            </Form.Item>
            <Form.Item
              label="Scale Out Amount"
              name="amount"
              rules={[contractRule(TriggerAmountSchema)]}
              extra={`Containers one call adds: 1 to ${maxAmount}.`}
            >
              <InputNumber min={1} max={maxAmount} precision={0} style={{ width: 160 }} />
            </Form.Item>
          </>
        )}
      </Form>
      <FailureAlert message={failure.message} />
    </Modal>
  );
}

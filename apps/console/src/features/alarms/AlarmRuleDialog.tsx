import { useMemo, useState } from 'react';
import { Button, Form, Input, Modal, Result, Steps } from 'antd';
import { AlarmRuleCreateRequestSchema, MAX_ALARM_CONDITIONS, MAX_ALARM_CONTACTS } from '@cs/contracts';
import type { AlarmInstanceView, AlarmRuleDto } from '@cs/contracts';
import { FailureAlert } from '../../components/FailureAlert.tsx';
import { useAlarmRuleSaveMutation } from '../../data/alarms/alarm-rule-save-mutation.ts';
import { contractPathRule } from '../../forms/contract-rule.ts';
import { useFormFailure } from '../../forms/use-form-failure.ts';
import { initialAlarmValues, settingForText, toCreateRequest, toUpdateRequest } from './alarm-form.utils.ts';
import type { AlarmFormValues } from './alarm-form.utils.ts';
import { parseInstanceParam } from './alarm-paths.ts';
import { ConditionRows } from './ConditionRows.tsx';
import { ContactRows } from './ContactRows.tsx';
import { InstancePicker } from './InstancePicker.tsx';

interface AlarmRuleDialogProps {
  clusterId: string;
  /** Modify this rule; New Alarm Rule without. */
  rule?: AlarmRuleDto;
  /** The instance New Alarm Rule was opened for (a container's or node's Monitor). */
  preset?: AlarmInstanceView;
  onClose: () => void;
}

type Step = 'rules' | 'contacts' | 'done';
const rule = (path: string) => contractPathRule(AlarmRuleCreateRequestSchema, path, (v) => toCreateRequest(v, '-'));

/** The guide's two steps: set the alarm rules (Next), set the contact for alarms (OK), then "has been set". */
export function AlarmRuleDialog({ clusterId, rule: editing, preset, onClose }: AlarmRuleDialogProps) {
  const [form] = Form.useForm<AlarmFormValues>();
  const [step, setStep] = useState<Step>('rules');
  const save = useAlarmRuleSaveMutation();
  const initialValues = useMemo(() => initialAlarmValues(editing, preset), [editing, preset]);
  const known = useMemo(() => [...(editing?.spec.instances ?? []), ...(preset ? [preset] : [])], [editing, preset]);
  const failure = useFormFailure(form, API_FIELDS);
  const chosen = Form.useWatch('instances', form) ?? initialValues.instances;

  const next = async () => {
    await form.validateFields(['name', 'instances', 'conditions'], { recursive: true });
    setStep('contacts');
  };
  const submit = async () => {
    await form.validateFields(['contacts'], { recursive: true });
    const values = form.getFieldsValue(true) as AlarmFormValues;
    failure.clear();
    save.mutate(
      editing
        ? { kind: 'update', id: editing.metadata.id, body: toUpdateRequest(values, editing.metadata.resourceVersion) }
        : { kind: 'create', body: toCreateRequest(values, clusterId) },
      { onSuccess: () => setStep('done'), onError: failure.report },
    );
  };

  const footer =
    step === 'rules'
      ? [
          <Button key="next" type="primary" onClick={() => void next().catch(() => {})}>
            Next
          </Button>,
          <Button key="cancel" onClick={onClose}>
            Cancel
          </Button>,
        ]
      : step === 'contacts'
        ? [
            <Button key="back" onClick={() => setStep('rules')}>
              Previous
            </Button>,
            <Button key="ok" type="primary" loading={save.isPending} onClick={() => void submit().catch(() => {})}>
              OK
            </Button>,
            <Button key="cancel" onClick={onClose}>
              Cancel
            </Button>,
          ]
        : [
            <Button key="close" type="primary" onClick={onClose}>
              Close
            </Button>,
          ];

  return (
    <Modal
      open
      width={1040}
      title={editing ? 'Modify Alarm Rule' : 'Set alarm rules in batch'}
      footer={footer}
      onCancel={onClose}
    >
      <Steps
        size="small"
        current={step === 'rules' ? 0 : step === 'contacts' ? 1 : 2}
        style={{ marginBottom: 24 }}
        items={[{ title: 'Set alarm rules' }, { title: 'Set the contact for alarms' }, { title: 'Done' }]}
      />
      <Form form={form} layout="vertical" initialValues={initialValues} requiredMark={false}>
        <div hidden={step !== 'rules'}>
          <p>{settingForText(chosen.flatMap((v) => parseInstanceParam(v) ?? []))}</p>
          <Form.Item label="Rule name" name="name" rules={[rule('name')]}>
            <Input placeholder="web-cpu" maxLength={64} />
          </Form.Item>
          <Form.Item label="Instances" name="instances" rules={[rule('instances')]}>
            <InstancePicker clusterId={clusterId} known={known} />
          </Form.Item>
          <ConditionRows />
        </div>
        <div hidden={step !== 'contacts'}>
          <p>
            The contacts receive a message whenever a monitored item breaches its alarm threshold (simulated: it is
            recorded in the alarm history, not sent).
          </p>
          <ContactRows />
        </div>
      </Form>
      {step === 'done' && (
        <Result
          status="success"
          title="The alarm rule has been set."
          subTitle="Click Alarm rules to view alarm rules and relevant records."
        />
      )}
      {step !== 'done' && <FailureAlert message={failure.message} />}
    </Modal>
  );
}

const rows = (prefix: string, count: number, keys: string[]) =>
  Array.from({ length: count }, (_, i) => keys.map((k) => `${prefix}.${i}.${k}`)).flat();

/** The request fields the form shows errors beside, as the API names them. */
const API_FIELDS = [
  'name',
  'instances',
  ...rows('conditions', MAX_ALARM_CONDITIONS, ['item', 'method', 'comparison', 'threshold', 'consecutivePeriods']),
  ...rows('contacts', MAX_ALARM_CONTACTS, ['name', 'email']),
];

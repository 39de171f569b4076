import { Checkbox, Flex, Form, InputNumber, Radio, Select } from 'antd';
import type { FormRule } from 'antd';
import { autoScalingProblem } from './image-form.utils.ts';
import type { ImageFormValues } from './image-form.utils.ts';

const ZONES_HELP: Record<ImageFormValues['acrossZones'], string> = {
  none: 'The containers are distributed in a single zone.',
  ensure:
    'The containers are distributed in two different zones; creation fails if the cluster has fewer than two zones or the containers cannot be distributed in two zones due to limited machine resources.',
  try: 'The containers are distributed in two different zones as long as possible, and are still created if they cannot be.',
};

/** A rule holding one Auto Scaling field to the guide's constraints, which involve the others. */
const scalingRule =
  (field: keyof ImageFormValues['autoScaling']): FormRule =>
  (form) => ({
    validator: async () => {
      const values = form.getFieldsValue(true) as ImageFormValues;
      if (!values.autoScalingEnabled) return;
      const problem = autoScalingProblem(values.autoScaling);
      if (problem?.field === field) throw new Error(problem.message);
    },
  });

const SCALING_FIELDS = ['expansion', 'contraction', 'step', 'minInstances', 'maxInstances'] as const;
const others = (field: string) => SCALING_FIELDS.filter((f) => f !== field).map((f) => ['autoScaling', f]);

function percent(field: 'expansion' | 'contraction', label: string, sign: string, range: string) {
  return (
    <Form.Item
      label={label}
      name={['autoScaling', field]}
      rules={[scalingRule(field)]}
      dependencies={[...others(field), ['autoScaling', 'metric'], ['autoScalingEnabled']]}
      extra={range}
    >
      <InputNumber aria-label={label} prefix={sign} suffix="%" min={0} max={100} precision={0} style={{ width: 140 }} />
    </Form.Item>
  );
}

function count(field: 'step' | 'minInstances' | 'maxInstances', label: string, extra?: string) {
  return (
    <Form.Item
      label={label}
      name={['autoScaling', field]}
      rules={[scalingRule(field)]}
      dependencies={others(field)}
      extra={extra}
    >
      <InputNumber
        aria-label={label}
        min={field === 'step' ? 1 : 0}
        max={field === 'step' ? 5 : 100}
        precision={0}
        style={{ width: 140 }}
      />
    </Form.Item>
  );
}

/** Smooth Upgrade, Across Multiple Zones and Auto Scaling. */
export function DeploySection() {
  const acrossZones = Form.useWatch<ImageFormValues['acrossZones']>('acrossZones') ?? 'none';
  const scaling = Form.useWatch<boolean>('autoScalingEnabled') ?? false;
  return (
    <>
      <Form.Item
        label="Smooth Upgrade"
        name="rollingUpdates"
        valuePropName="checked"
        extra="Containers are updated one after another, so the service keeps running (aliyun.rolling_updates)."
      >
        <Checkbox aria-label="Smooth Upgrade">Enable</Checkbox>
      </Form.Item>
      <Form.Item label="Across Multiple Zones" name="acrossZones" extra={ZONES_HELP[acrossZones]}>
        <Radio.Group
          aria-label="Across Multiple Zones"
          options={[
            { value: 'none', label: 'None' },
            { value: 'ensure', label: 'Ensure' },
            { value: 'try', label: 'Try best' },
          ]}
        />
      </Form.Item>
      <Form.Item label="Auto Scaling" name="autoScalingEnabled" valuePropName="checked">
        <Checkbox aria-label="Enable for Auto Scaling">Enable for Auto Scaling</Checkbox>
      </Form.Item>
      {scaling && (
        <Flex vertical style={{ marginInlineStart: 150 }}>
          <Form.Item label="Metric" name={['autoScaling', 'metric']}>
            <Select
              aria-label="Metric"
              style={{ width: 200 }}
              options={[
                { value: 'cpu', label: 'CPU Usage' },
                { value: 'memory', label: 'Memory Usage' },
              ]}
            />
          </Form.Item>
          {percent(
            'expansion',
            'Expansion Condition',
            '≥',
            'Range 50%~100%, at least 30% higher than the Contraction Condition.',
          )}
          {percent('contraction', 'Contraction Condition', '≤', 'Range 0%~50%.')}
          {count('step', 'Step', 'Range 1~5, the default value is 1.')}
          {count('minInstances', 'Min Number of Containers', 'No contraction at or below this number.')}
          {count('maxInstances', 'Max Number of Containers', 'No expansion at or above this number.')}
          <p style={{ color: 'rgba(0, 0, 0, 0.45)', marginTop: 0 }}>
            Scaling is triggered only when the average of three consecutive one-minute sample periods exceeds the limit.
            Set scaling policies with due care: a policy the application keeps meeting after scaling triggers scaling
            continuously.
          </p>
        </Flex>
      )}
    </>
  );
}

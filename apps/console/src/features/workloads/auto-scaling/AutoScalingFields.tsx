import { Flex, Form, InputNumber, Select } from 'antd';
import type { FormRule } from 'antd';
import type { ImageAutoScaling } from '@cs/compose';
import { autoScalingProblem } from './auto-scaling.utils.ts';

type Field = keyof ImageAutoScaling;
const FIELDS = ['expansion', 'contraction', 'step', 'minInstances', 'maxInstances'] as const;

interface AutoScalingFieldsProps {
  /** Where the settings sit in the form's values, e.g. `['autoScaling']`. */
  prefix: readonly string[];
  /** Whether the settings apply (an Enable checkbox): the rules hold only then. */
  enabledName?: string;
}

function valueAt(values: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], values);
}

/**
 * The guide's Auto Scaling settings (Create with Image, Add Service's More Settings, the what-if
 * replay): the metric, Expansion and Contraction Conditions, Step, Min and Max Number of Containers,
 * each checked as you type with the constraints the API enforces.
 */
export function AutoScalingFields({ prefix, enabledName }: AutoScalingFieldsProps) {
  const name = (field: Field) => [...prefix, field];
  const others = (field: Field) => FIELDS.filter((f) => f !== field).map(name);
  const rule =
    (field: Field): FormRule =>
    (form) => ({
      validator: async () => {
        const values = form.getFieldsValue(true) as unknown;
        if (enabledName && !valueAt(values, [enabledName])) return;
        const problem = autoScalingProblem(valueAt(values, prefix) as ImageAutoScaling);
        if (problem?.field === field) throw new Error(problem.message);
      },
    });
  const dependencies = (field: Field) => [...others(field), name('metric'), ...(enabledName ? [[enabledName]] : [])];

  const percent = (field: 'expansion' | 'contraction', label: string, sign: string, extra: string) => (
    <Form.Item label={label} name={name(field)} rules={[rule(field)]} dependencies={dependencies(field)} extra={extra}>
      <InputNumber aria-label={label} prefix={sign} suffix="%" min={0} max={100} precision={0} style={{ width: 140 }} />
    </Form.Item>
  );
  const count = (field: 'step' | 'minInstances' | 'maxInstances', label: string, extra: string) => (
    <Form.Item label={label} name={name(field)} rules={[rule(field)]} dependencies={dependencies(field)} extra={extra}>
      <InputNumber
        aria-label={label}
        min={field === 'step' ? 1 : 0}
        max={field === 'step' ? 5 : 1_000}
        precision={0}
        style={{ width: 140 }}
      />
    </Form.Item>
  );

  return (
    <Flex vertical>
      <Form.Item label="Metric" name={name('metric')}>
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
        Scaling is triggered only when the average of three consecutive one-minute sample periods exceeds the limit. Set
        scaling policies with due care: a policy the application keeps meeting after scaling triggers scaling
        continuously.
      </p>
    </Flex>
  );
}

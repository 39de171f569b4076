import { Alert, Checkbox, Flex, Form, InputNumber } from 'antd';
import { NodeScalingRuleRequestSchema } from '@cs/contracts';
import { contractPathRule } from '../../../forms/contract-rule.ts';
import { nodeScalingRequest } from './node-scaling-form.utils.ts';
import type { NodeScalingFormValues } from './node-scaling-form.utils.ts';

const toRequest = (values: Record<string, unknown>) => nodeScalingRequest(values as Partial<NodeScalingFormValues>);
const rule = (path: string) => [contractPathRule(NodeScalingRuleRequestSchema, path, toRequest)];

export const DUE_CARE_NOTE =
  'Set scaling policies with due care. If the cluster already meets the specified scaling rules when you set the scaling rules and the cluster will still meet the scaling rules after node scaling, the monitor will trigger node scaling continuously.';

const METRIC_LABELS = { cpu: 'CPU Utilization', memory: 'Memory Utilization' } as const;

function MetricBounds({ metric }: { metric: 'cpu' | 'memory' }) {
  const on = Form.useWatch(['metrics', metric]) as boolean | undefined;
  const other = (side: string) => ['bounds', metric, side];
  return (
    <Form.Item label={METRIC_LABELS[metric]} required={false}>
      <Form.Item name={['metrics', metric]} valuePropName="checked" noStyle>
        <Checkbox aria-label={`Use ${METRIC_LABELS[metric]}`}>Use as a metric</Checkbox>
      </Form.Item>
      {on && (
        <Flex gap={16} wrap style={{ marginTop: 8 }}>
          <Form.Item
            label="Expansion Condition: Maximum"
            name={['bounds', metric, 'expansion']}
            rules={rule(`bounds.${metric}.expansion`)}
            dependencies={[other('contraction')]}
            extra="50%~100%"
          >
            <InputNumber aria-label={`${METRIC_LABELS[metric]} Expansion Condition`} suffix="%" min={0} max={100} />
          </Form.Item>
          <Form.Item
            label="Contraction Condition: Minimum"
            name={['bounds', metric, 'contraction']}
            rules={rule(`bounds.${metric}.contraction`)}
            dependencies={[other('expansion')]}
            extra="0%~50%, at least 30% below the Expansion Condition"
          >
            <InputNumber aria-label={`${METRIC_LABELS[metric]} Contraction Condition`} suffix="%" min={0} max={100} />
          </Form.Item>
        </Flex>
      )}
    </Form.Item>
  );
}

/** The contract's message while neither metric is on (Next stays disabled then). */
function NoMetricNotice() {
  const cpu = Form.useWatch(['metrics', 'cpu']) as boolean | undefined;
  const memory = Form.useWatch(['metrics', 'memory']) as boolean | undefined;
  if (cpu || memory) return null;
  return (
    <Form.Item label=" " colon={false}>
      <Alert type="error" showIcon role="alert" title="Set the CPU or the memory utilization." />
    </Form.Item>
  );
}

/** Step 1 of Create Auto Scaling Rule: the metrics and their bounds, the steps and the range of nodes. */
export function ScalingPolicyFields() {
  return (
    <>
      <MetricBounds metric="cpu" />
      <MetricBounds metric="memory" />
      <NoMetricNotice />
      <Form.Item label="Expansion Step" name="step" rules={rule('step')} extra="1~5 nodes each expansion.">
        <InputNumber aria-label="Expansion Step" min={1} max={5} precision={0} />
      </Form.Item>
      <Form.Item
        label="Contraction Step"
        extra="The default value of the Contraction Step is 1 and you cannot modify it."
      >
        <InputNumber aria-label="Contraction Step" value={1} disabled />
      </Form.Item>
      <Form.Item
        label="Min Number of Cluster Nodes"
        name="min"
        rules={rule('min')}
        dependencies={['max']}
        extra="At or below it, node contraction is not performed."
      >
        <InputNumber aria-label="Min Number of Cluster Nodes" min={1} precision={0} />
      </Form.Item>
      <Form.Item
        label="Max Number of Cluster Nodes"
        name="max"
        rules={rule('max')}
        dependencies={['min']}
        extra="At or above it, node expansion is not performed."
      >
        <InputNumber aria-label="Max Number of Cluster Nodes" min={1} precision={0} />
      </Form.Item>
      <Alert type="warning" showIcon title="Note" description={DUE_CARE_NOTE} />
    </>
  );
}

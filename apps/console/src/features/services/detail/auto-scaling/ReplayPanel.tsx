import { Alert, Button, Form, Select, Space, Table } from 'antd';
import type { ImageAutoScaling } from '@cs/compose';
import type { ReplayResult, ScalingPolicyInput } from '@cs/contracts';
import { useReplayMutation } from '../../../../data/services/auto-scaling-query.ts';
import { formatPointTime } from '../../../monitoring/metric-time.utils.ts';
import { AutoScalingFields } from '../../../workloads/auto-scaling/AutoScalingFields.tsx';
import {
  DEFAULT_AUTO_SCALING,
  fromScalingPolicy,
  toScalingPolicy,
} from '../../../workloads/auto-scaling/auto-scaling.utils.ts';
import { FailureAlert } from '../../../../components/FailureAlert.tsx';
import { ReplayChart } from './ReplayChart.tsx';

interface ReplayValues {
  hours: number;
  policy: ImageAutoScaling;
}

const HOURS = [1, 3, 6, 12, 24];
const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

function summary(result: ReplayResult, hours: number): string {
  const total = result.expansions + result.contractions;
  if (total === 0) return `Over the last ${plural(hours, 'hour')} this policy would not have scaled the service.`;
  return `Over the last ${plural(hours, 'hour')} this policy would have scaled the service ${plural(total, 'time')}: ${plural(result.expansions, 'expansion')} and ${plural(result.contractions, 'contraction')}, from ${plural(result.start, 'container')} to ${plural(result.final, 'container')}.`;
}

/**
 * The what-if replay: a policy (the service's, or one being considered before enabling it) judged
 * over the last hours of the service's metrics, as the scaler would have judged them.
 */
export function ReplayPanel({ serviceId, policy }: { serviceId: string; policy: ScalingPolicyInput | null }) {
  const [form] = Form.useForm<ReplayValues>();
  const replay = useReplayMutation();
  const tried = replay.variables?.body;
  const triedPolicy = tried?.policy ? fromScalingPolicy(tried.policy) : undefined;

  const run = (values: ReplayValues) =>
    replay.mutate({ id: serviceId, body: { hours: values.hours, policy: toScalingPolicy(values.policy) } });

  return (
    <section aria-label="What-if replay">
      <h3 style={{ marginTop: 0 }}>What-if replay</h3>
      <p style={{ color: 'rgba(0, 0, 0, 0.55)' }}>
        Try a policy against the last hours of this service&apos;s metrics before enabling it: each one-minute period is
        judged as auto scaling judges it, three in a row beyond a bound making one scaling.
      </p>
      <Form<ReplayValues>
        form={form}
        name="replay"
        layout="horizontal"
        labelCol={{ flex: '200px' }}
        initialValues={{ hours: 6, policy: policy ? fromScalingPolicy(policy) : DEFAULT_AUTO_SCALING }}
        onFinish={run}
      >
        <AutoScalingFields prefix={['policy']} />
        <Form.Item label="Replay the last" name="hours">
          <Select
            aria-label="Replay the last"
            style={{ width: 140 }}
            options={HOURS.map((h) => ({ value: h, label: plural(h, 'hour') }))}
          />
        </Form.Item>
        <Form.Item label=" " colon={false}>
          <Button type="primary" htmlType="submit" loading={replay.isPending}>
            Replay
          </Button>
        </Form.Item>
      </Form>
      <FailureAlert message={replay.error?.message} />
      {replay.data && tried && triedPolicy && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Alert type="info" showIcon message={summary(replay.data, tried.hours ?? 6)} />
          {replay.data.warning && <Alert type="warning" showIcon message={replay.data.warning} />}
          <ReplayChart
            result={replay.data}
            metric={triedPolicy.metric}
            bounds={{ expansion: triedPolicy.expansion, contraction: triedPolicy.contraction }}
          />
          <Table
            size="small"
            rowKey="at"
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            dataSource={replay.data.scalings}
            locale={{ emptyText: 'No scaling in this window.' }}
            columns={[
              { title: 'Time', dataIndex: 'at', render: (at: string) => formatPointTime(Date.parse(at)) },
              {
                title: 'Scaling',
                dataIndex: 'direction',
                render: (d: 'expand' | 'contract') => (d === 'expand' ? 'Expansion' : 'Contraction'),
              },
              { title: 'Containers after', dataIndex: 'count' },
            ]}
          />
        </Space>
      )}
    </section>
  );
}

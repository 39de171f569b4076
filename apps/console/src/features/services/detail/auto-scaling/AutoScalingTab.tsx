import { Alert, Descriptions, Divider, Empty } from 'antd';
import type { AutoScalingStatus, ScalingPolicyInput } from '@cs/contracts';
import { useAutoScalingQuery } from '../../../../data/services/auto-scaling-query.ts';
import { LoadFailureAlert } from '../../../../components/LoadFailureAlert.tsx';
import { ReplayPanel } from './ReplayPanel.tsx';

const METRICS = { cpu: 'CPU Usage', memory: 'Memory Usage' } as const;
const percent = (v: number | null) => (v === null ? 'No data' : `${v.toFixed(1)}%`);

function boundsText(policy: ScalingPolicyInput): string {
  return (['cpu', 'memory'] as const)
    .flatMap((m) => {
      const b = policy.bounds[m];
      return b ? [`${METRICS[m]}: expand ≥ ${b.expansion}%, contract ≤ ${b.contraction}%`] : [];
    })
    .join('; ');
}

function countText(status: AutoScalingStatus): string {
  if (status.over > 0) return `${status.over} of ${status.periodsNeeded} periods in a row over the Expansion Condition`;
  if (status.under > 0)
    return `${status.under} of ${status.periodsNeeded} periods in a row under the Contraction Condition`;
  return 'Within the bounds';
}

/** A service's container auto scaling: its policy, where the count stands, and the what-if replay. */
export function AutoScalingTab({ serviceId }: { serviceId: string }) {
  const query = useAutoScalingQuery({ id: serviceId });
  const status = query.data;
  if (query.isError) return <LoadFailureAlert what="Auto scaling" error={query.error} />;
  if (!status) return null;
  const { policy } = status;
  return (
    <>
      {policy ? (
        <Descriptions bordered size="small" column={2} title="Auto Scaling">
          <Descriptions.Item label="Metrics" span={2}>
            {boundsText(policy)}
          </Descriptions.Item>
          <Descriptions.Item label="Step">{policy.step}</Descriptions.Item>
          <Descriptions.Item label="Containers">
            {status.scale} (Min {policy.min}, Max {policy.max})
          </Descriptions.Item>
          <Descriptions.Item label="Last period">
            CPU {percent(status.last.cpu)} · Memory {percent(status.last.memory)}
          </Descriptions.Item>
          <Descriptions.Item label="Sample periods">{countText(status)}</Descriptions.Item>
        </Descriptions>
      ) : (
        <Empty description="This service has no auto scaling policy. Enable it with the aliyun.auto_scaling.* labels (Update the application, or More Settings of Edit Service); try one first with the replay below." />
      )}
      {status.warning && <Alert style={{ marginTop: 16 }} type="warning" showIcon message={status.warning} />}
      <Divider />
      <ReplayPanel serviceId={serviceId} policy={policy} />
    </>
  );
}

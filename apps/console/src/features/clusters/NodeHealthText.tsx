import { Badge } from 'antd';
import type { ClusterDto } from '@cs/contracts';

const STATUS: Record<ClusterDto['status']['nodeHealth'], 'success' | 'error' | 'default'> = {
  Healthy: 'success',
  Unhealthy: 'error',
  'No node status': 'default',
};

/** The Node Status column: Healthy, Unhealthy or No node status. */
export function NodeHealthText({ health }: { health: ClusterDto['status']['nodeHealth'] }) {
  return <Badge status={STATUS[health]} text={health} />;
}

import { Button, Tooltip } from 'antd';
import type { ButtonProps } from 'antd';
import type { ClusterDto } from '@cs/contracts';
import { useQuotas } from '../../../data/quotas/quotas-query.ts';
import { OPERATION_LABELS, clusterOperationProblem } from '../clusters.utils.ts';
import type { ClusterOperation } from '../clusters.utils.ts';

interface OperationButtonProps {
  cluster: ClusterDto;
  operation: ClusterOperation;
  onOperation: (operation: ClusterOperation, clusterId: string) => void;
  type?: ButtonProps['type'];
  size?: ButtonProps['size'];
}

/** A button opening an operation's dialog; disabled, with the reason on hover, when the phase forbids it. */
export function OperationButton({ cluster, operation, onOperation, type, size }: OperationButtonProps) {
  const { nodesPerCluster } = useQuotas();
  const problem = clusterOperationProblem(cluster, operation, nodesPerCluster);
  return (
    <Tooltip title={problem}>
      <Button
        type={type}
        size={size}
        danger={operation === 'delete'}
        disabled={problem !== undefined}
        onClick={() => onOperation(operation, cluster.metadata.id)}
      >
        {OPERATION_LABELS[operation]}
      </Button>
    </Tooltip>
  );
}

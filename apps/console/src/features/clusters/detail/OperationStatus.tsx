import { Alert } from 'antd';
import type { ClusterDto } from '@cs/contracts';
import { OPERATION_CONDITIONS } from '@cs/domain';
import { clusterPhaseLook, operationDescription } from '../clusters.utils.ts';
import { OperationProgress } from '../dialogs/OperationProgress.tsx';

/** The operation the cluster is carrying out (expanding, upgrading…), with its steps so far. */
export function OperationStatus({ cluster }: { cluster: ClusterDto }) {
  const operation = cluster.spec.operation;
  if (!operation) return null;
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      title={operationDescription(operation)}
      description={
        <div style={{ marginTop: 12 }}>
          <OperationProgress
            cluster={cluster}
            conditionTypes={OPERATION_CONDITIONS[operation.kind]}
            working={clusterPhaseLook(cluster.status.phase).busy}
          />
        </div>
      }
    />
  );
}

import { clusterNodeHealth } from '@cs/domain';
import type { Cluster, NodePhase } from '@cs/domain';
import type { ClusterDto } from '@cs/contracts';
import type { Store } from '../store/store.ts';

/**
 * The cluster as the API shows it: node count and health derived, its Docker endpoint's address
 * from the endpoint table (the BFF serves it, ADR 015), the attach token's hash left out.
 */
export function toClusterDto(
  cluster: Cluster,
  nodePhases: readonly NodePhase[],
  dockerEndpoint: string | null,
): ClusterDto {
  const operation = cluster.spec.operation;
  return {
    ...cluster,
    spec: {
      ...cluster.spec,
      operation:
        operation?.kind === 'attach'
          ? {
              kind: 'attach',
              mode: operation.mode,
              instanceIds: operation.instanceIds,
              tokenExpiresAt: operation.tokenExpiresAt,
            }
          : operation,
    },
    status: {
      ...cluster.status,
      resources: { ...cluster.status.resources, dockerEndpoint },
      nodeCount: nodePhases.length,
      nodeHealth: clusterNodeHealth(nodePhases),
    },
  };
}

/** Node phases per cluster, in one grouped query. */
export async function nodePhasesByCluster(store: Store): Promise<Map<string, NodePhase[]>> {
  const byCluster = new Map<string, NodePhase[]>();
  for (const { scope, phase, count } of await store.resources.countPhasesByScope('node')) {
    byCluster.set(scope, [...(byCluster.get(scope) ?? []), ...Array<NodePhase>(count).fill(phase as NodePhase)]);
  }
  return byCluster;
}

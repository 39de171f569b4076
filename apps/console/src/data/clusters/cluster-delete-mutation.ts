import type { ClusterDto } from '@cs/contracts';
import { api } from '../api.ts';
import { useInvalidatingMutation } from '../invalidating-mutation.ts';
import { nodeKeys } from '../nodes/keys.ts';
import { overviewKeys } from '../overview/keys.ts';
import { clusterKeys } from './keys.ts';

export interface DeleteClusterVars {
  id: string;
  /** Keep the Server Load Balancer instance instead of releasing it with the cluster. */
  keepSlb: boolean;
}

/** Deletes a cluster with its ECS instances, applications and services (and its SLB unless kept). */
export function deleteCluster({ id, keepSlb }: DeleteClusterVars): Promise<ClusterDto> {
  return api.deleteCluster(id, keepSlb);
}

export function useClusterDeleteMutation() {
  return useInvalidatingMutation(deleteCluster, [clusterKeys.all(), nodeKeys.all(), overviewKeys.all()]);
}

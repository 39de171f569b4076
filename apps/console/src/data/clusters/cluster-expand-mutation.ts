import type { ClusterDto, ClusterExpandRequest } from '@cs/contracts';
import { api } from '../api.ts';
import { useInvalidatingMutation } from '../invalidating-mutation.ts';
import { nodeKeys } from '../nodes/keys.ts';
import { clusterKeys } from './keys.ts';

export interface ExpandClusterVars {
  id: string;
  body: ClusterExpandRequest;
}

/** More > Expand: adds new Pay-As-You-Go nodes; the cluster goes Scaling. */
export function expandCluster({ id, body }: ExpandClusterVars): Promise<ClusterDto> {
  return api.expandCluster(id, body);
}

export function useClusterExpandMutation() {
  return useInvalidatingMutation(expandCluster, [clusterKeys.all(), nodeKeys.all()]);
}

import type { ClusterCreateRequest, ClusterDto } from '@cs/contracts';
import { api } from '../api.ts';
import { useInvalidatingMutation } from '../invalidating-mutation.ts';
import { overviewKeys } from '../overview/keys.ts';
import { clusterKeys } from './keys.ts';

/** Asks for a new cluster; it starts Initial and the simulated cloud builds it. */
export function createCluster(body: ClusterCreateRequest): Promise<ClusterDto> {
  return api.createCluster(body);
}

export function useClusterCreateMutation() {
  return useInvalidatingMutation(createCluster, [clusterKeys.all(), overviewKeys.all()]);
}

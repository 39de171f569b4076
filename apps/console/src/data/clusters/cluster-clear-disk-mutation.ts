import type { ClusterDto } from '@cs/contracts';
import { api } from '../api.ts';
import { useInvalidatingMutation } from '../invalidating-mutation.ts';
import { clusterKeys } from './keys.ts';

/** Clear Disk: removes unused images and orphaned volume directories on every node. */
export function clearDisk({ id }: { id: string }): Promise<ClusterDto> {
  return api.clearDisk(id);
}

export function useClusterClearDiskMutation() {
  return useInvalidatingMutation(clearDisk, [clusterKeys.all()]);
}

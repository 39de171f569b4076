import type { VolumeDeleteQuery } from '@cs/contracts';
import { api } from '../api.ts';
import { useInvalidatingMutation } from '../invalidating-mutation.ts';
import { volumeKeys } from './keys.ts';

/** Delete All Volumes with the Same Name: refused while a container uses them. */
export async function deleteVolumesNamed(query: VolumeDeleteQuery): Promise<void> {
  await api.deleteVolumesNamed(query);
}

export function useVolumesDeleteMutation() {
  return useInvalidatingMutation(deleteVolumesNamed, [volumeKeys.all()]);
}

import type { OssfsVolumeDto, VolumeCreateRequest } from '@cs/contracts';
import { api } from '../api.ts';
import { useInvalidatingMutation } from '../invalidating-mutation.ts';
import { volumeKeys } from './keys.ts';

/** Create Data Volume (OSS). */
export function createVolume(body: VolumeCreateRequest): Promise<OssfsVolumeDto> {
  return api.createVolume(body);
}

export function useVolumeCreateMutation() {
  return useInvalidatingMutation(createVolume, [volumeKeys.all()]);
}

import { useQuery } from '@tanstack/react-query';
import type { OssfsVolumeDto } from '@cs/contracts';
import { api } from '../api.ts';
import { volumeKeys } from './keys.ts';

/** View: an OSSFS data volume's parameters (its Access Key Secret never). */
export function getVolume(id: string, signal?: AbortSignal): Promise<OssfsVolumeDto> {
  return api.getVolume(id, signal);
}

export function useVolumeQuery(id: string | undefined) {
  return useQuery({
    queryKey: volumeKeys.detail(id ?? ''),
    queryFn: ({ signal }) => getVolume(id!, signal),
    enabled: Boolean(id),
  });
}

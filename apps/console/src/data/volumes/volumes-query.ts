import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { VolumeList, VolumeListQuery } from '@cs/contracts';
import { api } from '../api.ts';
import { volumeKeys } from './keys.ts';

/** The Data Volume List of a cluster, a page at a time. */
export function getVolumes(vars: VolumeListQuery, signal?: AbortSignal): Promise<VolumeList> {
  return api.listVolumes(vars, signal);
}

export function volumesQueryOptions(vars: VolumeListQuery) {
  return queryOptions({
    queryKey: volumeKeys.list(vars),
    queryFn: ({ signal }) => getVolumes(vars, signal),
    placeholderData: keepPreviousData,
  });
}

export function useVolumesQuery(vars: VolumeListQuery, options: { enabled?: boolean } = {}) {
  return useQuery({ ...volumesQueryOptions(vars), ...options });
}

import { queryOptions, useQuery } from '@tanstack/react-query';
import type { UseQueryOptions } from '@tanstack/react-query';
import type { ClusterDto } from '@cs/contracts';
import { api } from '../api.ts';
import { clusterKeys } from './keys.ts';

/** One cluster, with its status and the cloud resources made for it. */
export function getCluster(vars: { id: string }, signal?: AbortSignal): Promise<ClusterDto> {
  return api.getCluster(vars.id, signal);
}

export function clusterQueryOptions({ id }: { id: string }) {
  return queryOptions({
    queryKey: clusterKeys.detail(id),
    queryFn: ({ signal }) => getCluster({ id }, signal),
  });
}

type ClusterQueryOptions = Omit<
  UseQueryOptions<ClusterDto, Error, ClusterDto, ReturnType<typeof clusterKeys.detail>>,
  'queryKey' | 'queryFn'
>;

export function useClusterQuery(vars: { id: string }, options: ClusterQueryOptions = {}) {
  return useQuery({ ...clusterQueryOptions(vars), ...options });
}

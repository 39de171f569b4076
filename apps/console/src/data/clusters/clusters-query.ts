import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { UseQueryOptions } from '@tanstack/react-query';
import type { ClusterList, ClusterListQuery } from '@cs/contracts';
import { api } from '../api.ts';
import { clusterKeys } from './keys.ts';

/** The clusters of the account; `name` matches part of the name, ignoring case (on the server). */
export function getClusters(vars: ClusterListQuery, signal?: AbortSignal): Promise<ClusterList> {
  return api.listClusters(vars, signal);
}

export function clustersQueryOptions(vars: ClusterListQuery) {
  return queryOptions({
    queryKey: clusterKeys.list(vars),
    queryFn: ({ signal }) => getClusters(vars, signal),
    // While a new search runs, the previous answer stays on screen instead of an empty table.
    placeholderData: keepPreviousData,
  });
}

type ClustersQueryOptions = Omit<
  UseQueryOptions<ClusterList, Error, ClusterList, ReturnType<typeof clusterKeys.list>>,
  'queryKey' | 'queryFn'
>;

export function useClustersQuery(vars: ClusterListQuery, options: ClustersQueryOptions = {}) {
  return useQuery({ ...clustersQueryOptions(vars), ...options });
}

import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { UseQueryOptions } from '@tanstack/react-query';
import type { ClusterList, ClusterListQuery } from '@cs/contracts';
import { readAllPages } from '../all-pages.ts';
import { api } from '../api.ts';
import { clusterKeys } from './keys.ts';

/**
 * The clusters of the account, all of them unless a page is asked for (QUOTA_CLUSTERS may allow more
 * than a page); `name` matches part of the name, ignoring case (on the server).
 */
export function getClusters(vars: ClusterListQuery, signal?: AbortSignal): Promise<ClusterList> {
  if (vars.page !== undefined) return api.listClusters(vars, signal);
  return readAllPages((page) => api.listClusters({ ...vars, ...page }, signal));
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

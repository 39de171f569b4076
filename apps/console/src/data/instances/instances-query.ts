import { queryOptions, useQuery } from '@tanstack/react-query';
import type { UseQueryOptions } from '@tanstack/react-query';
import type { ApiClient, InstanceListQuery } from '@cs/contracts';
import { api } from '../api.ts';
import { instanceKeys } from './keys.ts';

export type InstanceList = Awaited<ReturnType<ApiClient['listInstances']>>;

/** The account's ECS instances matching the query (`available`: in no cluster yet). */
export function getInstances(vars: InstanceListQuery, signal?: AbortSignal): Promise<InstanceList> {
  return api.listInstances(vars, signal);
}

export function instancesQueryOptions(vars: InstanceListQuery) {
  return queryOptions({
    queryKey: instanceKeys.list(vars),
    queryFn: ({ signal }) => getInstances(vars, signal),
    // Instances join and leave clusters outside the watch stream: ask again each time.
    staleTime: 0,
  });
}

type InstancesQueryOptions = Omit<
  UseQueryOptions<InstanceList, Error, InstanceList, ReturnType<typeof instanceKeys.list>>,
  'queryKey' | 'queryFn'
>;

export function useInstancesQuery(vars: InstanceListQuery, options: InstancesQueryOptions = {}) {
  return useQuery({ ...instancesQueryOptions(vars), ...options });
}

import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { UseQueryOptions } from '@tanstack/react-query';
import type { EventFilter, EventList } from '@cs/contracts';
import { api } from '../api.ts';
import { clusterKeys } from './keys.ts';

export interface ClusterEventsVars extends EventFilter {
  id: string;
  page?: number;
  pageSize?: number;
}

/** The newest entries of a cluster's event log, newest first, filtered on the server. */
export function getClusterEvents({ id, ...query }: ClusterEventsVars, signal?: AbortSignal): Promise<EventList> {
  return api.listClusterEvents(id, query, signal);
}

export function clusterEventsQueryOptions({ id, ...query }: ClusterEventsVars) {
  return queryOptions({
    queryKey: clusterKeys.events(id, query),
    queryFn: ({ signal }) => getClusterEvents({ id, ...query }, signal),
    placeholderData: keepPreviousData,
  });
}

type ClusterEventsQueryOptions = Omit<
  UseQueryOptions<EventList, Error, EventList, ReturnType<typeof clusterKeys.events>>,
  'queryKey' | 'queryFn'
>;

export function useClusterEventsQuery(vars: ClusterEventsVars, options: ClusterEventsQueryOptions = {}) {
  return useQuery({ ...clusterEventsQueryOptions(vars), ...options });
}

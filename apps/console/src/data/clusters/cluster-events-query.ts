import { queryOptions, useQuery } from '@tanstack/react-query';
import type { UseQueryOptions } from '@tanstack/react-query';
import type { EventList } from '@cs/contracts';
import { api } from '../api.ts';
import { clusterKeys } from './keys.ts';

/** The newest entries of a cluster's event log, newest first (as the API answers). */
export function getClusterEvents(vars: { id: string }, signal?: AbortSignal): Promise<EventList> {
  return api.listClusterEvents(vars.id, signal);
}

export function clusterEventsQueryOptions({ id }: { id: string }) {
  return queryOptions({
    queryKey: clusterKeys.events(id),
    queryFn: ({ signal }) => getClusterEvents({ id }, signal),
  });
}

type ClusterEventsQueryOptions = Omit<
  UseQueryOptions<EventList, Error, EventList, ReturnType<typeof clusterKeys.events>>,
  'queryKey' | 'queryFn'
>;

export function useClusterEventsQuery(vars: { id: string }, options: ClusterEventsQueryOptions = {}) {
  return useQuery({ ...clusterEventsQueryOptions(vars), ...options });
}

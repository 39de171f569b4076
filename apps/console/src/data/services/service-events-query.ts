import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { UseQueryOptions } from '@tanstack/react-query';
import type { EventFilter, EventList } from '@cs/contracts';
import { api } from '../api.ts';
import { serviceKeys } from './keys.ts';

interface ServiceEventsVars extends EventFilter {
  id: string;
  page: number;
  pageSize: number;
}

/** A page of a service's events ("Create service wordpress_web completed."), newest first. */
export function getServiceEvents({ id, ...query }: ServiceEventsVars, signal?: AbortSignal): Promise<EventList> {
  return api.listServiceEvents(id, query, signal);
}

export function serviceEventsQueryOptions({ id, ...query }: ServiceEventsVars) {
  return queryOptions({
    queryKey: serviceKeys.events(id, query),
    queryFn: ({ signal }) => getServiceEvents({ id, ...query }, signal),
    placeholderData: keepPreviousData,
  });
}

type ServiceEventsQueryOptions = Omit<
  UseQueryOptions<EventList, Error, EventList, ReturnType<typeof serviceKeys.events>>,
  'queryKey' | 'queryFn'
>;

export function useServiceEventsQuery(vars: ServiceEventsVars, options: ServiceEventsQueryOptions = {}) {
  return useQuery({ ...serviceEventsQueryOptions(vars), ...options });
}

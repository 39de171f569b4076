import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { UseQueryOptions } from '@tanstack/react-query';
import type { EventList } from '@cs/contracts';
import { api } from '../api.ts';
import { serviceKeys } from './keys.ts';

interface ServiceEventsVars {
  id: string;
  page: number;
  pageSize: number;
}

/** A page of a service's events ("Create service wordpress_web completed."), newest first. */
export function getServiceEvents({ id, page, pageSize }: ServiceEventsVars, signal?: AbortSignal): Promise<EventList> {
  return api.listServiceEvents(id, { page, pageSize }, signal);
}

export function serviceEventsQueryOptions({ id, page, pageSize }: ServiceEventsVars) {
  return queryOptions({
    queryKey: serviceKeys.events(id, { page, pageSize }),
    queryFn: ({ signal }) => getServiceEvents({ id, page, pageSize }, signal),
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

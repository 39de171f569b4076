import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { EventList } from '@cs/contracts';
import { api } from '../api.ts';
import { applicationKeys } from './keys.ts';

export interface ApplicationEventsVars {
  id: string;
  page: number;
  pageSize: number;
}

/** One page of an application's events (its services' and containers' too), newest first. */
export function getApplicationEvents({ id, page, pageSize }: ApplicationEventsVars, signal?: AbortSignal) {
  return api.listApplicationEvents(id, { page, pageSize }, signal);
}

export function applicationEventsQueryOptions({ id, page, pageSize }: ApplicationEventsVars) {
  return queryOptions<EventList>({
    queryKey: applicationKeys.events(id, { page, pageSize }),
    queryFn: ({ signal }) => getApplicationEvents({ id, page, pageSize }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useApplicationEventsQuery(vars: ApplicationEventsVars) {
  return useQuery(applicationEventsQueryOptions(vars));
}

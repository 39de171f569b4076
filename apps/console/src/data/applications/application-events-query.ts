import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { EventFilter, EventList } from '@cs/contracts';
import { api } from '../api.ts';
import { applicationKeys } from './keys.ts';

export interface ApplicationEventsVars extends EventFilter {
  id: string;
  page: number;
  pageSize: number;
}

/** One page of an application's events (its services' and containers' too), newest first. */
export function getApplicationEvents({ id, ...query }: ApplicationEventsVars, signal?: AbortSignal) {
  return api.listApplicationEvents(id, query, signal);
}

export function applicationEventsQueryOptions({ id, ...query }: ApplicationEventsVars) {
  return queryOptions<EventList>({
    queryKey: applicationKeys.events(id, query),
    queryFn: ({ signal }) => getApplicationEvents({ id, ...query }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useApplicationEventsQuery(vars: ApplicationEventsVars) {
  return useQuery(applicationEventsQueryOptions(vars));
}

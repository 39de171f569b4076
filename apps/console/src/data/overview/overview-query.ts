import { queryOptions, useQuery } from '@tanstack/react-query';
import type { UseQueryOptions } from '@tanstack/react-query';
import type { Overview } from '@cs/contracts';
import { api } from '../api.ts';
import { overviewKeys } from './keys.ts';

/** The counts of clusters (by phase), nodes, applications, services and containers. */
export function getOverview(signal?: AbortSignal): Promise<Overview> {
  return api.getOverview(signal);
}

export function overviewQueryOptions() {
  return queryOptions({
    queryKey: overviewKeys.counts(),
    queryFn: ({ signal }) => getOverview(signal),
  });
}

type OverviewQueryOptions = Omit<
  UseQueryOptions<Overview, Error, Overview, ReturnType<typeof overviewKeys.counts>>,
  'queryKey' | 'queryFn'
>;

export function useOverviewQuery(options: OverviewQueryOptions = {}) {
  return useQuery({ ...overviewQueryOptions(), ...options });
}

import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { UseQueryOptions } from '@tanstack/react-query';
import type { ApplicationList, ApplicationListQuery } from '@cs/contracts';
import { api } from '../api.ts';
import { applicationKeys } from './keys.ts';

/** One page of a cluster's applications; `name` matches part of the name, system ones hidden unless asked. */
export function getApplications(vars: ApplicationListQuery, signal?: AbortSignal): Promise<ApplicationList> {
  return api.listApplications(vars, signal);
}

export function applicationsQueryOptions(vars: ApplicationListQuery) {
  return queryOptions({
    queryKey: applicationKeys.list(vars),
    queryFn: ({ signal }) => getApplications(vars, signal),
    // While another page or search loads, the previous answer stays on screen.
    placeholderData: keepPreviousData,
  });
}

type ApplicationsQueryOptions = Omit<
  UseQueryOptions<ApplicationList, Error, ApplicationList, ReturnType<typeof applicationKeys.list>>,
  'queryKey' | 'queryFn'
>;

export function useApplicationsQuery(vars: ApplicationListQuery, options: ApplicationsQueryOptions = {}) {
  return useQuery({ ...applicationsQueryOptions(vars), ...options });
}

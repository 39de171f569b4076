import { queryOptions, useQuery } from '@tanstack/react-query';
import type { UseQueryOptions } from '@tanstack/react-query';
import type { ApplicationDto } from '@cs/contracts';
import { api } from '../api.ts';
import { applicationKeys } from './keys.ts';

/** One application with its template and parameter values. */
export function getApplication(vars: { id: string }, signal?: AbortSignal): Promise<ApplicationDto> {
  return api.getApplication(vars.id, signal);
}

export function applicationQueryOptions({ id }: { id: string }) {
  return queryOptions({
    queryKey: applicationKeys.detail(id),
    queryFn: ({ signal }) => getApplication({ id }, signal),
  });
}

type ApplicationQueryOptions = Omit<
  UseQueryOptions<ApplicationDto, Error, ApplicationDto, ReturnType<typeof applicationKeys.detail>>,
  'queryKey' | 'queryFn'
>;

export function useApplicationQuery(vars: { id: string }, options: ApplicationQueryOptions = {}) {
  return useQuery({ ...applicationQueryOptions(vars), ...options });
}

import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApplicationVersionList } from '@cs/contracts';
import { api } from '../api.ts';
import { applicationKeys } from './keys.ts';

/** Every version an application had, with its template; the current one marked. */
export function getApplicationVersions(vars: { id: string }, signal?: AbortSignal): Promise<ApplicationVersionList> {
  return api.listApplicationVersions(vars.id, signal);
}

export function applicationVersionsQueryOptions({ id }: { id: string }) {
  return queryOptions({
    queryKey: applicationKeys.versions(id),
    queryFn: ({ signal }) => getApplicationVersions({ id }, signal),
  });
}

export function useApplicationVersionsQuery(vars: { id: string }) {
  return useQuery(applicationVersionsQueryOptions(vars));
}

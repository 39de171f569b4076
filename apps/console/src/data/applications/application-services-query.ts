import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ServiceList } from '@cs/contracts';
import { api } from '../api.ts';
import { applicationKeys } from './keys.ts';

/** The services of one application (all of them: an application has at most a page of services). */
export function getApplicationServices(vars: { id: string }, signal?: AbortSignal): Promise<ServiceList> {
  return api.listServices({ applicationId: vars.id, hideSystem: false, pageSize: 100 }, signal);
}

export function applicationServicesQueryOptions({ id }: { id: string }) {
  return queryOptions({
    queryKey: applicationKeys.services(id),
    queryFn: ({ signal }) => getApplicationServices({ id }, signal),
  });
}

export function useApplicationServicesQuery(vars: { id: string }) {
  return useQuery(applicationServicesQueryOptions(vars));
}

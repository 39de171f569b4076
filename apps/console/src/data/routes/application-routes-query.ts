import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApplicationRoutes } from '@cs/contracts';
import { api } from '../api.ts';
import { routeKeys } from './keys.ts';

/** An application's routes, service by service, and the cluster's Server Load Balancer listener. */
export function getApplicationRoutes(vars: { id: string }, signal?: AbortSignal): Promise<ApplicationRoutes> {
  return api.getApplicationRoutes(vars.id, signal);
}

export function applicationRoutesQueryOptions({ id }: { id: string }) {
  return queryOptions({
    queryKey: routeKeys.application(id),
    queryFn: ({ signal }) => getApplicationRoutes({ id }, signal),
  });
}

export function useApplicationRoutesQuery(vars: { id: string }) {
  return useQuery(applicationRoutesQueryOptions(vars));
}

import { queryOptions, useQuery } from '@tanstack/react-query';
import type { UseQueryOptions } from '@tanstack/react-query';
import type { ServiceDto } from '@cs/contracts';
import { api } from '../api.ts';
import { serviceKeys } from './keys.ts';

/** One service: its definition (ports, environment…), status and container counts. */
export function getService(vars: { id: string }, signal?: AbortSignal): Promise<ServiceDto> {
  return api.getService(vars.id, signal);
}

export function serviceQueryOptions({ id }: { id: string }) {
  return queryOptions({
    queryKey: serviceKeys.detail(id),
    queryFn: ({ signal }) => getService({ id }, signal),
  });
}

type ServiceQueryOptions = Omit<
  UseQueryOptions<ServiceDto, Error, ServiceDto, ReturnType<typeof serviceKeys.detail>>,
  'queryKey' | 'queryFn'
>;

export function useServiceQuery(vars: { id: string }, options: ServiceQueryOptions = {}) {
  return useQuery({ ...serviceQueryOptions(vars), ...options });
}

import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { UseQueryOptions } from '@tanstack/react-query';
import type { ServiceList, ServiceListQuery } from '@cs/contracts';
import { api } from '../api.ts';
import { serviceKeys } from './keys.ts';

/** A page of the Service List; the checkboxes and the name search filter on the server. */
export function getServices(vars: ServiceListQuery, signal?: AbortSignal): Promise<ServiceList> {
  return api.listServices(vars, signal);
}

export function servicesQueryOptions(vars: ServiceListQuery) {
  return queryOptions({
    queryKey: serviceKeys.list(vars),
    queryFn: ({ signal }) => getServices(vars, signal),
    // While another page or filter loads, the previous answer stays on screen instead of an empty table.
    placeholderData: keepPreviousData,
  });
}

type ServicesQueryOptions = Omit<
  UseQueryOptions<ServiceList, Error, ServiceList, ReturnType<typeof serviceKeys.list>>,
  'queryKey' | 'queryFn'
>;

export function useServicesQuery(vars: ServiceListQuery, options: ServicesQueryOptions = {}) {
  return useQuery({ ...servicesQueryOptions(vars), ...options });
}

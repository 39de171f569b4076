import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { BackendServerList } from '@cs/contracts';
import { api } from '../api.ts';
import { loadBalancerKeys } from './keys.ts';

export const BACKEND_SERVERS_PAGE_SIZE = 20;

/** Backend servers: the nodes services bound to the instance with `aliyun.lb.port_*` labels. */
export function getBackendServers(id: string, page: number, signal?: AbortSignal): Promise<BackendServerList> {
  return api.listBackendServers(id, { page, pageSize: BACKEND_SERVERS_PAGE_SIZE }, signal);
}

export function backendServersQueryOptions(id: string, page: number) {
  return queryOptions({
    queryKey: loadBalancerKeys.backendServers(id, page),
    queryFn: ({ signal }) => getBackendServers(id, page, signal),
    placeholderData: keepPreviousData,
  });
}

export function useBackendServersQuery(id: string, page: number) {
  return useQuery(backendServersQueryOptions(id, page));
}

import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { LoadBalancerList, LoadBalancerListQuery } from '@cs/contracts';
import { api } from '../api.ts';
import { loadBalancerKeys } from './keys.ts';

/** Instance Management: the instances of a region, searched by name or id. */
export function getLoadBalancers(vars: LoadBalancerListQuery, signal?: AbortSignal): Promise<LoadBalancerList> {
  return api.listLoadBalancers(vars, signal);
}

export function loadBalancersQueryOptions(vars: LoadBalancerListQuery) {
  return queryOptions({
    queryKey: loadBalancerKeys.list(vars),
    queryFn: ({ signal }) => getLoadBalancers(vars, signal),
    placeholderData: keepPreviousData,
  });
}

export function useLoadBalancersQuery(vars: LoadBalancerListQuery, options: { enabled?: boolean } = {}) {
  return useQuery({ ...loadBalancersQueryOptions(vars), ...options });
}

import { queryOptions, useQuery } from '@tanstack/react-query';
import type { LoadBalancerDetailDto } from '@cs/contracts';
import { api } from '../api.ts';
import { loadBalancerKeys } from './keys.ts';

/** One instance, where it listens on this machine, and the clusters using it. */
export function getLoadBalancer(id: string, signal?: AbortSignal): Promise<LoadBalancerDetailDto> {
  return api.getLoadBalancer(id, signal);
}

export function loadBalancerQueryOptions(id: string) {
  return queryOptions({ queryKey: loadBalancerKeys.detail(id), queryFn: ({ signal }) => getLoadBalancer(id, signal) });
}

export function useLoadBalancerQuery(id: string) {
  return useQuery(loadBalancerQueryOptions(id));
}

import type { LoadBalancerCreateRequest, LoadBalancerDto } from '@cs/contracts';
import { api } from '../api.ts';
import { useInvalidatingMutation } from '../invalidating-mutation.ts';
import { loadBalancerKeys } from './keys.ts';

export type LoadBalancerSaveVars =
  | { kind: 'create'; request: LoadBalancerCreateRequest }
  | { kind: 'rename'; id: string; name: string; resourceVersion: number };

/** Create Server Load Balancer, or Edit Load Balancer Name. */
export function saveLoadBalancer(vars: LoadBalancerSaveVars): Promise<LoadBalancerDto> {
  if (vars.kind === 'create') return api.createLoadBalancer(vars.request);
  return api.renameLoadBalancer(vars.id, { name: vars.name, resourceVersion: vars.resourceVersion });
}

export function useLoadBalancerSaveMutation() {
  return useInvalidatingMutation(saveLoadBalancer, [loadBalancerKeys.all()]);
}

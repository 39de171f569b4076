import type { ClusterDto } from '@cs/contracts';
import { api } from '../api.ts';
import { useInvalidatingMutation } from '../invalidating-mutation.ts';
import { clusterKeys } from './keys.ts';

export interface BindLoadBalancerVars {
  id: string;
  /** The Server Load Balancer to bind, or null to unbind the current one. */
  slbId: string | null;
}

/** Load Balancer Settings: Bind or Unbind a Server Load Balancer instance. */
export function bindLoadBalancer({ id, slbId }: BindLoadBalancerVars): Promise<ClusterDto> {
  return api.bindLoadBalancer(id, slbId);
}

export function useClusterLoadBalancerMutation() {
  return useInvalidatingMutation(bindLoadBalancer, [clusterKeys.all()]);
}

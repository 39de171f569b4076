import { api } from '../api.ts';
import { useInvalidatingMutation } from '../invalidating-mutation.ts';
import { loadBalancerKeys } from './keys.ts';

/** Delete: refused while a cluster uses the instance. */
export async function deleteLoadBalancer(id: string): Promise<void> {
  await api.deleteLoadBalancer(id);
}

export function useLoadBalancerDeleteMutation() {
  return useInvalidatingMutation(deleteLoadBalancer, [loadBalancerKeys.all()]);
}

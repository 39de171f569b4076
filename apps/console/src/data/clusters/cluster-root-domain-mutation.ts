import type { ClusterDto } from '@cs/contracts';
import { api } from '../api.ts';
import { useInvalidatingMutation } from '../invalidating-mutation.ts';
import { clusterKeys } from './keys.ts';

export interface SetRootDomainVars {
  id: string;
  /** `example.com`, or null for the default `<cluster id>.<region id>.alicontainer.com`. */
  rootDomain: string | null;
}

/** Load Balancer Settings > Set Domain Name. */
export function setRootDomain({ id, rootDomain }: SetRootDomainVars): Promise<ClusterDto> {
  return api.setRootDomain(id, rootDomain);
}

export function useClusterRootDomainMutation() {
  return useInvalidatingMutation(setRootDomain, [clusterKeys.all()]);
}

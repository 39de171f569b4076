import type { ClusterDto } from '@cs/contracts';
import { api } from '../api.ts';
import { clusterKeys } from '../clusters/keys.ts';
import { useInvalidatingMutation } from '../invalidating-mutation.ts';

/** More > Update RAM Authorization Information; refused while the account's RAM service is not activated. */
export function updateRamAuthorization(vars: { clusterId: string }): Promise<ClusterDto> {
  return api.updateRamAuthorization(vars.clusterId);
}

export function useRamAuthorizationMutation() {
  return useInvalidatingMutation(updateRamAuthorization, [clusterKeys.all()]);
}

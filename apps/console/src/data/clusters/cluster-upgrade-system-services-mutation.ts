import type { ClusterDto, UpgradeSystemServicesRequest } from '@cs/contracts';
import { api } from '../api.ts';
import { useInvalidatingMutation } from '../invalidating-mutation.ts';
import { clusterKeys } from './keys.ts';

export interface UpgradeSystemServicesVars {
  id: string;
  body: UpgradeSystemServicesRequest;
}

/** More > Upgrade System Service: acsrouting, acslogging, acsmonitoring, acsvolumedriver. */
export function upgradeSystemServices({ id, body }: UpgradeSystemServicesVars): Promise<ClusterDto> {
  return api.upgradeSystemServices(id, body);
}

export function useClusterUpgradeSystemServicesMutation() {
  return useInvalidatingMutation(upgradeSystemServices, [clusterKeys.all()]);
}

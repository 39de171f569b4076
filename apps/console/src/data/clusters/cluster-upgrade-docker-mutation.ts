import type { ClusterDto, UpgradeDockerRequest } from '@cs/contracts';
import { api } from '../api.ts';
import { useInvalidatingMutation } from '../invalidating-mutation.ts';
import { clusterKeys } from './keys.ts';

export interface UpgradeDockerVars {
  id: string;
  body: UpgradeDockerRequest;
}

/** Upgrade Docker: directly, or after snapshots of the nodes (Back up Snapshot before Upgrade). */
export function upgradeDocker({ id, body }: UpgradeDockerVars): Promise<ClusterDto> {
  return api.upgradeDocker(id, body);
}

export function useClusterUpgradeDockerMutation() {
  return useInvalidatingMutation(upgradeDocker, [clusterKeys.all()]);
}

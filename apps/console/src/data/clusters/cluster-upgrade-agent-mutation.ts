import type { ClusterDto } from '@cs/contracts';
import { api } from '../api.ts';
import { useInvalidatingMutation } from '../invalidating-mutation.ts';
import { clusterKeys } from './keys.ts';

export interface UpgradeAgentVars {
  id: string;
  migrateContainers: boolean;
}

/** More > Upgrade Agent on every node of the cluster; the cluster goes Updating. */
export function upgradeAgent({ id, migrateContainers }: UpgradeAgentVars): Promise<ClusterDto> {
  return api.upgradeAgent(id, migrateContainers);
}

export function useClusterUpgradeAgentMutation() {
  return useInvalidatingMutation(upgradeAgent, [clusterKeys.all()]);
}

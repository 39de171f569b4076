import type { ClusterDto } from '@cs/contracts';
import { api } from '../api.ts';
import { useInvalidatingMutation } from '../invalidating-mutation.ts';
import { clusterKeys } from './keys.ts';

export interface DockerUpgradeDecisionVars {
  id: string;
  /** After a failed snapshot: upgrade anyway, or give the upgrade up. */
  decision: 'continue' | 'quit';
}

/** Continue or Quit a Docker upgrade whose snapshot failed. */
export function decideDockerUpgrade({ id, decision }: DockerUpgradeDecisionVars): Promise<ClusterDto> {
  return api.decideDockerUpgrade(id, decision);
}

export function useDockerUpgradeDecisionMutation() {
  return useInvalidatingMutation(decideDockerUpgrade, [clusterKeys.all()]);
}

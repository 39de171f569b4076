import type { NodeDto } from '@cs/contracts';
import { api } from '../api.ts';
import { clusterKeys } from '../clusters/keys.ts';
import { instanceKeys } from '../instances/keys.ts';
import { useInvalidatingMutation } from '../invalidating-mutation.ts';
import { nodeKeys } from './keys.ts';

export interface RemoveNodeVars {
  clusterId: string;
  nodeId: string;
  /** Move the node's containers to other nodes of the cluster first. */
  migrateContainers: boolean;
}

/** More > Remove: the node leaves the cluster (its instance is kept). */
export function removeNode({ clusterId, nodeId, migrateContainers }: RemoveNodeVars): Promise<NodeDto> {
  return api.removeNode(clusterId, nodeId, migrateContainers);
}

export function useNodeRemoveMutation() {
  return useInvalidatingMutation(removeNode, [nodeKeys.all(), clusterKeys.all(), instanceKeys.all()]);
}

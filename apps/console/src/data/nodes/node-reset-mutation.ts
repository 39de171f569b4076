import type { NodeDto, NodeResetRequest } from '@cs/contracts';
import { api } from '../api.ts';
import { clusterKeys } from '../clusters/keys.ts';
import { useInvalidatingMutation } from '../invalidating-mutation.ts';
import { nodeKeys } from './keys.ts';

export interface ResetNodeVars {
  clusterId: string;
  nodeId: string;
  body: NodeResetRequest;
}

/** More > Reset: a new system disk, and the node joins the cluster again. */
export function resetNode({ clusterId, nodeId, body }: ResetNodeVars): Promise<NodeDto> {
  return api.resetNode(clusterId, nodeId, body);
}

export function useNodeResetMutation() {
  return useInvalidatingMutation(resetNode, [nodeKeys.all(), clusterKeys.all()]);
}

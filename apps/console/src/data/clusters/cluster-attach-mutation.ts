import type { AttachResponse, ClusterAttachRequest } from '@cs/contracts';
import { api } from '../api.ts';
import { instanceKeys } from '../instances/keys.ts';
import { useInvalidatingMutation } from '../invalidating-mutation.ts';
import { nodeKeys } from '../nodes/keys.ts';
import { clusterKeys } from './keys.ts';

export interface AttachInstancesVars {
  id: string;
  body: ClusterAttachRequest;
}

/**
 * More > Add Existing Instances. Automatically: the instances are reset and join (the cluster goes
 * Scaling). Manually: the answer is the command to run on the instance.
 */
export function attachInstances({ id, body }: AttachInstancesVars): Promise<AttachResponse> {
  return api.attachInstances(id, body);
}

export function useClusterAttachMutation() {
  return useInvalidatingMutation(attachInstances, [clusterKeys.all(), nodeKeys.all(), instanceKeys.all()]);
}

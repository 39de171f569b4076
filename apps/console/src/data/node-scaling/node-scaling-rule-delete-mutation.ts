import { api } from '../api.ts';
import { useInvalidatingMutation } from '../invalidating-mutation.ts';
import { nodeScalingKeys } from './keys.ts';

/** Delete of the rule list: the cluster has no node auto scaling any more. */
export async function deleteNodeScalingRule(vars: { clusterId: string }): Promise<void> {
  await api.deleteNodeScalingRule(vars.clusterId);
}

export function useNodeScalingRuleDeleteMutation(clusterId: string) {
  return useInvalidatingMutation(deleteNodeScalingRule, [nodeScalingKeys.all(clusterId)]);
}

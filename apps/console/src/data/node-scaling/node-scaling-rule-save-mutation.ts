import type { NodeScalingRuleDto, NodeScalingRuleRequest } from '@cs/contracts';
import { api } from '../api.ts';
import { useInvalidatingMutation } from '../invalidating-mutation.ts';
import { nodeScalingKeys } from './keys.ts';

export interface SaveNodeScalingRuleVars {
  clusterId: string;
  rule: NodeScalingRuleRequest;
  /** The version modified; absent to create the cluster's rule. */
  resourceVersion?: number;
}

/** Submit of the Create Auto Scaling Rule wizard: creates the rule, or modifies it at its version. */
export function saveNodeScalingRule({
  clusterId,
  rule,
  resourceVersion,
}: SaveNodeScalingRuleVars): Promise<NodeScalingRuleDto> {
  return resourceVersion === undefined
    ? api.createNodeScalingRule(clusterId, rule)
    : api.updateNodeScalingRule(clusterId, rule, resourceVersion);
}

export function useNodeScalingRuleSaveMutation(clusterId: string) {
  return useInvalidatingMutation(saveNodeScalingRule, [nodeScalingKeys.all(clusterId)]);
}

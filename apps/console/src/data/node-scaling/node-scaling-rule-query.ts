import { useQuery } from '@tanstack/react-query';
import type { NodeScalingRuleDto } from '@cs/contracts';
import { api } from '../api.ts';
import { nodeScalingKeys } from './keys.ts';

/** The cluster's node scaling rule, or null before one is created. */
export async function getNodeScalingRule(
  vars: { clusterId: string },
  signal?: AbortSignal,
): Promise<NodeScalingRuleDto | null> {
  return (await api.getNodeScalingRule(vars.clusterId, signal)).rule;
}

export function useNodeScalingRuleQuery({ clusterId }: { clusterId: string }) {
  return useQuery({
    queryKey: nodeScalingKeys.rule(clusterId),
    queryFn: ({ signal }) => getNodeScalingRule({ clusterId }, signal),
  });
}

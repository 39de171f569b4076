import { useQuery } from '@tanstack/react-query';
import type { NodeScalingAlarmRuleList } from '@cs/contracts';
import { api } from '../api.ts';
import { nodeScalingKeys } from './keys.ts';

/** The "Container Service Alarm Rule list" of the cluster's node auto scaling. */
export function getNodeScalingAlarmRules(
  vars: { clusterId: string },
  signal?: AbortSignal,
): Promise<NodeScalingAlarmRuleList> {
  return api.listNodeScalingAlarmRules(vars.clusterId, signal);
}

export function useNodeScalingAlarmRulesQuery({ clusterId }: { clusterId: string }) {
  return useQuery({
    queryKey: nodeScalingKeys.alarmRules(clusterId),
    queryFn: ({ signal }) => getNodeScalingAlarmRules({ clusterId }, signal),
  });
}

import type { NodeScalingAlarmRuleList } from '@cs/contracts';
import { api } from '../api.ts';
import { useInvalidatingMutation } from '../invalidating-mutation.ts';
import { nodeScalingKeys } from './keys.ts';

export interface ToggleNodeScalingAlarmVars {
  clusterId: string;
  direction: 'expand' | 'contract';
  enabled: boolean;
  resourceVersion: number;
}

/** Enable / disable of an auto scaling alarm rule: a disabled one is not judged. */
export function toggleNodeScalingAlarm(vars: ToggleNodeScalingAlarmVars): Promise<NodeScalingAlarmRuleList> {
  return api.toggleNodeScalingAlarmRule(vars.clusterId, vars.direction, vars.enabled, vars.resourceVersion);
}

export function useNodeScalingAlarmToggleMutation(clusterId: string) {
  return useInvalidatingMutation(toggleNodeScalingAlarm, [nodeScalingKeys.all(clusterId)]);
}

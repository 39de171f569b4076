import type { AlarmRuleCreateRequest, AlarmRuleDto, AlarmRuleUpdateRequest } from '@cs/contracts';
import { api } from '../api.ts';
import { useInvalidatingMutation } from '../invalidating-mutation.ts';
import { alarmKeys } from './keys.ts';

/** New Alarm Rule, or Modify of one (with the resourceVersion it was based on: a stale one answers 409). */
export type SaveAlarmRuleVars =
  { kind: 'create'; body: AlarmRuleCreateRequest } | { kind: 'update'; id: string; body: AlarmRuleUpdateRequest };

export function saveAlarmRule(vars: SaveAlarmRuleVars): Promise<AlarmRuleDto> {
  return vars.kind === 'create' ? api.createAlarmRule(vars.body) : api.updateAlarmRule(vars.id, vars.body);
}

export function useAlarmRuleSaveMutation() {
  return useInvalidatingMutation(saveAlarmRule, [alarmKeys.all()]);
}

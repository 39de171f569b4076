import { api } from '../api.ts';
import { useInvalidatingMutation } from '../invalidating-mutation.ts';
import { alarmKeys } from './keys.ts';

export interface AlarmRuleActionVars {
  id: string;
  action: 'enable' | 'disable' | 'delete';
}

/** Enable, Disable or Delete of the Alarm rules list. */
export async function runAlarmRuleAction({ id, action }: AlarmRuleActionVars): Promise<void> {
  if (action === 'enable') await api.enableAlarmRule(id);
  else if (action === 'disable') await api.disableAlarmRule(id);
  else await api.deleteAlarmRule(id);
}

export function useAlarmRuleActionMutation() {
  return useInvalidatingMutation(runAlarmRuleAction, [alarmKeys.all()]);
}

import type { AlarmHistoryQuery, AlarmInstanceRef, AlarmRuleListQuery } from '@cs/contracts';

/** Query keys of alarm rules and their history; a rule's write makes `all()` stale. */
export const alarmKeys = {
  all: () => ['alarms'] as const,
  rules: (query: AlarmRuleListQuery) => ['alarms', 'rules', query] as const,
  history: (query: AlarmHistoryQuery) => ['alarms', 'history', query] as const,
  instance: (clusterId: string, instance: AlarmInstanceRef | undefined) =>
    ['alarms', 'instance', clusterId, instance] as const,
};

import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { AlarmRuleList, AlarmRuleListQuery } from '@cs/contracts';
import { api } from '../api.ts';
import { alarmKeys } from './keys.ts';

/** How often the list looks again: a rule's Status changes at the end of each period. */
export const ALARM_REFRESH_MS = 5_000;

/** The alarm rules of a cluster, or of one instance (`instanceId`). */
export function getAlarmRules(vars: AlarmRuleListQuery, signal?: AbortSignal): Promise<AlarmRuleList> {
  return api.listAlarmRules(vars, signal);
}

export function alarmRulesQueryOptions(vars: AlarmRuleListQuery) {
  return queryOptions({
    queryKey: alarmKeys.rules(vars),
    queryFn: ({ signal }) => getAlarmRules(vars, signal),
    placeholderData: keepPreviousData,
    refetchInterval: ALARM_REFRESH_MS,
  });
}

export function useAlarmRulesQuery(vars: AlarmRuleListQuery, options: { enabled?: boolean } = {}) {
  return useQuery({ ...alarmRulesQueryOptions(vars), ...options });
}

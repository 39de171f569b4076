import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { AlarmHistoryList, AlarmHistoryQuery } from '@cs/contracts';
import { api } from '../api.ts';
import { ALARM_REFRESH_MS } from './alarm-rules-query.ts';
import { alarmKeys } from './keys.ts';

/** What the alarm rules of a cluster (or one rule) recorded when they fired and recovered, newest first. */
export function getAlarmHistory(vars: AlarmHistoryQuery, signal?: AbortSignal): Promise<AlarmHistoryList> {
  return api.listAlarmHistory(vars, signal);
}

export function alarmHistoryQueryOptions(vars: AlarmHistoryQuery) {
  return queryOptions({
    queryKey: alarmKeys.history(vars),
    queryFn: ({ signal }) => getAlarmHistory(vars, signal),
    placeholderData: keepPreviousData,
    refetchInterval: ALARM_REFRESH_MS,
  });
}

export function useAlarmHistoryQuery(vars: AlarmHistoryQuery, options: { enabled?: boolean } = {}) {
  return useQuery({ ...alarmHistoryQueryOptions(vars), ...options });
}

import { AlarmHistoryListSchema, AlarmRuleListSchema, AlarmRuleSchema } from './alarms.ts';
import type {
  AlarmHistoryQuery,
  AlarmRuleCreateRequest,
  AlarmRuleListQuery,
  AlarmRuleUpdateRequest,
} from './alarms.ts';
import type { Requester } from './client.ts';

const rulePath = (id: string, action = '') => `/alarm-rules/${encodeURIComponent(id)}${action ? `/${action}` : ''}`;

/** The client's methods for alarm rules and their history. */
export function alarmMethods(request: Requester) {
  return {
    listAlarmRules: (query: AlarmRuleListQuery = {}, signal?: AbortSignal) =>
      request('GET', '/alarm-rules', { query, schema: AlarmRuleListSchema, signal }),
    getAlarmRule: (id: string, signal?: AbortSignal) =>
      request('GET', rulePath(id), { schema: AlarmRuleSchema, signal }),
    createAlarmRule: (body: AlarmRuleCreateRequest) =>
      request('POST', '/alarm-rules', { body, schema: AlarmRuleSchema }),
    /** Modify; refused (409) when `resourceVersion` is stale. */
    updateAlarmRule: (id: string, body: AlarmRuleUpdateRequest) =>
      request('PUT', rulePath(id), { body, schema: AlarmRuleSchema }),
    enableAlarmRule: (id: string) => request('POST', rulePath(id, 'enable'), { body: {}, schema: AlarmRuleSchema }),
    disableAlarmRule: (id: string) => request('POST', rulePath(id, 'disable'), { body: {}, schema: AlarmRuleSchema }),
    deleteAlarmRule: (id: string) => request('DELETE', rulePath(id)),
    listAlarmHistory: (query: AlarmHistoryQuery = {}, signal?: AbortSignal) =>
      request('GET', '/alarm-history', { query, schema: AlarmHistoryListSchema, signal }),
  };
}

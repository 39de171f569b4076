import type { AlarmCondition, AlarmContact, AlarmHistoryEntryDto, AlarmRuleDto, AlarmStatus } from '@cs/contracts';
import type { AlarmHistoryRow, AlarmRuleRow } from '../../store/alarm-store.ts';
import type { RuleState } from './alarm-evaluation.ts';

/** A watched instance as stored: enough to name it and to file its events where they belong. */
export interface StoredAlarmInstance {
  kind: 'container' | 'node';
  id: string;
  name: string;
  applicationId?: string;
  serviceId?: string;
}

/** The `spec` column of a rule. */
export interface StoredAlarmSpec {
  instances: StoredAlarmInstance[];
  conditions: AlarmCondition[];
  contacts: AlarmContact[];
}

export const parseSpec = (row: AlarmRuleRow) => JSON.parse(row.spec) as StoredAlarmSpec;
export const parseState = (row: AlarmRuleRow) => JSON.parse(row.state) as RuleState;

export function toAlarmRule(row: AlarmRuleRow): AlarmRuleDto {
  const spec = parseSpec(row);
  return {
    metadata: {
      id: row.id,
      name: row.name,
      resourceVersion: row.resource_version,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    },
    spec: {
      clusterId: row.cluster_id,
      instances: spec.instances.map(({ kind, id, name }) => ({ kind, id, name })),
      conditions: spec.conditions,
      contacts: spec.contacts,
      enabled: row.enabled === 1,
    },
    status: { phase: row.phase as AlarmStatus, evaluatedAt: row.evaluated_at },
  };
}

export function toHistoryEntry(row: AlarmHistoryRow): AlarmHistoryEntryDto {
  return {
    id: Number(row.id),
    ruleId: row.rule_id,
    ruleName: row.rule_name,
    clusterId: row.cluster_id,
    instance: { kind: row.instance_kind as 'container' | 'node', id: row.instance_id, name: row.instance_name },
    kind: row.type,
    value: Number(row.value),
    message: row.message,
    notified: JSON.parse(row.notified) as AlarmContact[],
    at: row.at,
  };
}

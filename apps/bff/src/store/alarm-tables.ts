import type { Generated } from 'kysely';

/** Alarm rules (migration 007); spec and state are JSON text. */
export interface AlarmRulesTable {
  id: string;
  kind: 'cluster';
  cluster_id: string;
  name: string;
  enabled: number;
  phase: string;
  resource_version: number;
  spec: string;
  state: string;
  evaluated_at: string | null;
  next_due_at: string | null;
  created_at: string;
  updated_at: string;
}

/** Which containers and nodes a rule watches, for the Monitor pages' "rules of this instance". */
export interface AlarmRuleInstancesTable {
  rule_id: string;
  instance_id: string;
}

export interface AlarmHistoryTable {
  id: Generated<number>;
  rule_id: string;
  cluster_id: string;
  rule_name: string;
  instance_kind: string;
  instance_id: string;
  instance_name: string;
  type: 'fired' | 'recovered';
  value: number;
  message: string;
  /** JSON array of the contacts the simulated notification was addressed to. */
  notified: string;
  at: string;
}

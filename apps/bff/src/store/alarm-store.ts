import { ConflictError, NotFoundError } from '@cs/domain';
import type { NewEvent } from '@cs/domain';
import type { Insertable, Selectable, Transaction } from 'kysely';
import type { AlarmHistoryTable, AlarmRulesTable } from './alarm-tables.ts';
import type { Database } from './database.ts';
import { chunks } from './container-store.ts';
import { insertEvents } from './event-store.ts';
import { writeTransaction } from './resource-writes.ts';
import type { Schema } from './schema.ts';
import { pageAndCount } from './paging.ts';

export type AlarmRuleRow = Selectable<AlarmRulesTable>;
export type AlarmHistoryRow = Selectable<AlarmHistoryTable>;

/** A rule as written by the console: what it watches, and the evaluator's fields. */
export interface AlarmRuleWrite {
  name: string;
  enabled: boolean;
  phase: string;
  spec: string;
  state: string;
  instanceIds: readonly string[];
  nextDueAt: string | null;
}

/** What one evaluation changed on one rule, written only if nobody modified the rule meanwhile. */
export interface AlarmEvaluationWrite {
  id: string;
  readVersion: number;
  phase: string;
  state: string;
  evaluatedAt: string;
  nextDueAt: string;
  /** False when the state and status are what was read: only the next period is written. */
  changed: boolean;
  history: Omit<AlarmHistoryRow, 'id' | 'rule_id' | 'at'>[];
  events: NewEvent[];
}

/** Rules moved on by one statement: two bound values each, well under either engine's limit. */
const UNCHANGED_CHUNK = 400;

const STALE = (name: string, stored: number, yours: number) =>
  `The alarm rule ${name} was changed by someone else (version ${stored}, yours ${yours}). Reload and try again.`;

/** Alarm rules, what they watch, and their history (migration 007). */
export class AlarmStore {
  constructor(
    private readonly database: Database,
    private readonly now: () => number,
    private readonly onCommit: () => void = () => {},
  ) {}

  private get db() {
    return this.database.db;
  }

  async find(id: string): Promise<AlarmRuleRow | undefined> {
    return this.db.selectFrom('alarm_rules').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async list(filter: { clusterId?: string; instanceId?: string; page: number; pageSize: number }) {
    let query = this.db.selectFrom('alarm_rules');
    if (filter.clusterId) query = query.where('cluster_id', '=', filter.clusterId);
    if (filter.instanceId) {
      const watching = this.db
        .selectFrom('alarm_rule_instances')
        .select('rule_id')
        .where('instance_id', '=', filter.instanceId);
      query = query.where('id', 'in', watching);
    }
    return pageAndCount(query, query.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc'), filter);
  }

  async create(id: string, clusterId: string, rule: AlarmRuleWrite): Promise<AlarmRuleRow> {
    return this.write(async (trx, at) => {
      await trx
        .insertInto('alarm_rules')
        .values({
          id,
          kind: 'cluster',
          cluster_id: clusterId,
          name: rule.name,
          enabled: rule.enabled ? 1 : 0,
          phase: rule.phase,
          resource_version: 1,
          spec: rule.spec,
          state: rule.state,
          evaluated_at: null,
          next_due_at: rule.nextDueAt,
          created_at: at,
          updated_at: at,
        })
        .execute();
      await this.setInstances(trx, id, rule.instanceIds);
      return this.read(trx, id);
    });
  }

  /**
   * Rewrites a rule from the version the edit was based on; a stale version is refused (409).
   * Without a version (Enable, Disable) the change applies to whatever is stored.
   */
  async update(id: string, expectedVersion: number | undefined, change: (row: AlarmRuleRow) => AlarmRuleWrite) {
    return this.write(async (trx, at) => {
      const row = await this.read(trx, id);
      if (expectedVersion !== undefined && row.resource_version !== expectedVersion) {
        throw new ConflictError(STALE(row.name, row.resource_version, expectedVersion));
      }
      const rule = change(row);
      await trx
        .updateTable('alarm_rules')
        .set({
          name: rule.name,
          enabled: rule.enabled ? 1 : 0,
          phase: rule.phase,
          spec: rule.spec,
          state: rule.state,
          next_due_at: rule.nextDueAt,
          resource_version: row.resource_version + 1,
          updated_at: at,
        })
        .where('id', '=', id)
        .execute();
      await trx.deleteFrom('alarm_rule_instances').where('rule_id', '=', id).execute();
      await this.setInstances(trx, id, rule.instanceIds);
      return this.read(trx, id);
    });
  }

  async delete(id: string): Promise<void> {
    await this.write(async (trx) => {
      const { numDeletedRows } = await trx.deleteFrom('alarm_rules').where('id', '=', id).executeTakeFirst();
      if (numDeletedRows === 0n) throw new NotFoundError('Alarm rule', id);
    });
  }

  /** Enabled rules with a period ending at or before `now`, after the cursor, in the evaluator's order. */
  async due(now: string, limit: number, after?: { nextDueAt: string; id: string }): Promise<AlarmRuleRow[]> {
    let query = this.db.selectFrom('alarm_rules').selectAll().where('next_due_at', '<=', now);
    if (after) {
      query = query.where((eb) =>
        eb.or([
          eb('next_due_at', '>', after.nextDueAt),
          eb.and([eb('next_due_at', '=', after.nextDueAt), eb('id', '>', after.id)]),
        ]),
      );
    }
    return query.orderBy('next_due_at').orderBy('id').limit(limit).execute();
  }

  /**
   * One batch of evaluations in one transaction: each rule's new state, its history and events.
   * A rule modified since it was read is skipped (its next evaluation reads it again). Rules whose
   * state did not change only move on to their next period, many to a statement.
   */
  async applyEvaluations(writes: readonly AlarmEvaluationWrite[]): Promise<number> {
    if (writes.length === 0) return 0;
    return this.write(async (trx, at) => {
      let applied = 0;
      const events: NewEvent[] = [];
      const history: Insertable<AlarmHistoryTable>[] = [];
      const unchanged = new Map<string, AlarmEvaluationWrite[]>();
      for (const w of writes) {
        if (!w.changed) {
          const key = `${w.evaluatedAt}|${w.nextDueAt}`;
          unchanged.set(key, [...(unchanged.get(key) ?? []), w]);
          continue;
        }
        const { numUpdatedRows } = await trx
          .updateTable('alarm_rules')
          .set({ phase: w.phase, state: w.state, evaluated_at: w.evaluatedAt, next_due_at: w.nextDueAt })
          .where('id', '=', w.id)
          .where('resource_version', '=', w.readVersion)
          .where('enabled', '=', 1)
          .executeTakeFirst();
        if (numUpdatedRows === 0n) continue;
        applied++;
        for (const h of w.history) history.push({ ...h, rule_id: w.id, at });
        events.push(...w.events);
      }
      for (const group of unchanged.values()) {
        for (const chunk of chunks(group, UNCHANGED_CHUNK)) {
          const { numUpdatedRows } = await trx
            .updateTable('alarm_rules')
            .set({ evaluated_at: chunk[0]!.evaluatedAt, next_due_at: chunk[0]!.nextDueAt })
            .where((eb) =>
              eb(
                eb.refTuple('id', 'resource_version'),
                'in',
                chunk.map((w) => eb.tuple(w.id, w.readVersion)),
              ),
            )
            .where('enabled', '=', 1)
            .executeTakeFirst();
          applied += Number(numUpdatedRows);
        }
      }
      if (history.length > 0) await trx.insertInto('alarm_history').values(history).execute();
      await insertEvents(trx, events, at);
      return applied;
    });
  }

  async history(filter: { clusterId?: string; ruleId?: string; page: number; pageSize: number }) {
    let query = this.db.selectFrom('alarm_history');
    if (filter.clusterId) query = query.where('cluster_id', '=', filter.clusterId);
    if (filter.ruleId) query = query.where('rule_id', '=', filter.ruleId);
    return pageAndCount(query, query.selectAll().orderBy('id', 'desc'), filter);
  }

  private write<T>(work: (trx: Transaction<Schema>, at: string) => Promise<T>): Promise<T> {
    return writeTransaction(this.database, this.now, this.onCommit, work);
  }

  private async read(trx: Transaction<Schema>, id: string): Promise<AlarmRuleRow> {
    const row = await trx.selectFrom('alarm_rules').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw new NotFoundError('Alarm rule', id);
    return row;
  }

  private async setInstances(trx: Transaction<Schema>, ruleId: string, instanceIds: readonly string[]) {
    const unique = [...new Set(instanceIds)];
    if (unique.length === 0) return;
    await trx
      .insertInto('alarm_rule_instances')
      .values(unique.map((instance_id) => ({ rule_id: ruleId, instance_id })))
      .execute();
  }
}

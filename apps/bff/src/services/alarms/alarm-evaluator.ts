import type { AlarmCondition } from '@cs/contracts';
import type { NewEvent } from '@cs/domain';
import type { Clock, TimerHandle } from '@cs/simulator';
import type { Logger } from '../../logging/logger.ts';
import type { AlarmEvaluationWrite, AlarmRuleRow, AlarmStore } from '../../store/alarm-store.ts';
import { dueConditions, evaluateRule, nextDueAt, ruleStatus, transitionMessage } from './alarm-evaluation.ts';
import type { Transition } from './alarm-evaluation.ts';
import type { AlarmMetricSource, AlarmSubject } from './alarm-metric-source.ts';
import { parseSpec, parseState } from './alarm-rules.ts';
import type { StoredAlarmInstance, StoredAlarmSpec } from './alarm-rules.ts';

const MINUTE = 60_000;
/** Rules judged and written together: small enough that a batch delays no request for long. */
const BATCH = 100;

const yieldTurn = () => new Promise((resolve) => setImmediate(resolve));

export interface AlarmEvaluatorOptions {
  clock: Clock;
  /** Only the replica running the simulated cloud evaluates, so each period is judged once. */
  leading: () => boolean;
  logger: Logger;
  batchSize?: number;
}

interface Due {
  row: AlarmRuleRow;
  spec: StoredAlarmSpec;
  conditions: { index: number; from: number; to: number }[];
}

/**
 * Judges the enabled alarm rules at the end of each period of simulated time, in batches: the
 * statistics of a batch are asked for together, and each batch's new states, history and events
 * are written in one transaction. All its state is in the store, so a restart carries on.
 */
export class AlarmEvaluator {
  private timer: TimerHandle | undefined;
  private pending: Promise<unknown> = Promise.resolve();
  private stopped = true;

  constructor(
    private readonly alarms: AlarmStore,
    private readonly source: AlarmMetricSource,
    private readonly options: AlarmEvaluatorOptions,
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== undefined) this.options.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Resolves once the evaluation under way has been written. */
  async idle(): Promise<void> {
    await this.pending;
  }

  /** Evaluates every rule due at `now`; answers how many rules were judged. */
  async evaluateDue(now = this.options.clock.now()): Promise<number> {
    const at = new Date(now).toISOString();
    let judged = 0;
    let after: { nextDueAt: string; id: string } | undefined;
    for (;;) {
      const rows = await this.alarms.due(at, this.options.batchSize ?? BATCH, after);
      if (rows.length === 0) return judged;
      const last = rows[rows.length - 1]!;
      after = { nextDueAt: last.next_due_at!, id: last.id };
      judged += await this.evaluateBatch(rows, now);
      // SQLite answers synchronously: without this the whole evaluation would hold the event loop.
      await yieldTurn();
    }
  }

  private schedule(): void {
    if (this.stopped) return;
    const now = this.options.clock.now();
    // Just past the minute, the shortest period's end, so the period's last sample is in.
    const delay = Math.floor(now / MINUTE) * MINUTE + MINUTE - now;
    this.timer = this.options.clock.setTimeout(() => {
      this.timer = undefined;
      this.pending = this.pending
        .then(() => (this.options.leading() ? this.evaluateDue() : 0))
        .catch((error: unknown) => this.options.logger.error('alarm evaluation failed', { error }))
        .finally(() => this.schedule());
    }, delay);
  }

  private async evaluateBatch(rows: readonly AlarmRuleRow[], now: number): Promise<number> {
    const due: Due[] = rows.map((row) => {
      const spec = parseSpec(row);
      const since = Date.parse(row.evaluated_at ?? row.created_at);
      return { row, spec, conditions: dueConditions(spec.conditions, since, now) };
    });
    const values = await this.statistics(due);
    const writes = due.map(({ row, spec, conditions }) => {
      const instanceIds = spec.instances.map((i) => i.id);
      const { state, transitions } = evaluateRule(
        { instanceIds, conditions: spec.conditions, state: parseState(row) },
        conditions,
        (instanceId, index) => values.get(statisticKey(spec.conditions[index]!, conditions, index, instanceId)) ?? null,
      );
      const phase = ruleStatus({ enabled: true, instanceIds, conditionCount: spec.conditions.length }, state);
      const next = JSON.stringify(state);
      const changed = next !== row.state || phase !== row.phase || transitions.length > 0;
      return this.write(row, spec, { phase, state: next, changed }, transitions, now);
    });
    return this.alarms.applyEvaluations(writes);
  }

  /** One question to the metrics per (item, method, window), for every instance of the batch asking it. */
  private async statistics(due: readonly Due[]): Promise<Map<string, number | null>> {
    const groups = new Map<string, { condition: AlarmCondition; from: number; to: number; subjects: AlarmSubject[] }>();
    for (const { row, spec, conditions } of due) {
      for (const { index, from, to } of conditions) {
        const condition = spec.conditions[index]!;
        const key = groupKey(condition, from, to);
        const group = groups.get(key) ?? { condition, from, to, subjects: [] };
        for (const i of spec.instances) group.subjects.push({ kind: i.kind, id: i.id, clusterId: row.cluster_id });
        groups.set(key, group);
      }
    }
    const values = new Map<string, number | null>();
    for (const [key, { condition, from, to, subjects }] of groups) {
      const unique = [...new Map(subjects.map((s) => [s.id, s])).values()];
      const answers = await this.source.statistics({
        item: condition.item,
        method: condition.method,
        from,
        to,
        subjects: unique,
      });
      for (const s of unique) values.set(`${key}|${s.id}`, answers.get(s.id) ?? null);
    }
    return values;
  }

  private write(
    row: AlarmRuleRow,
    spec: StoredAlarmSpec,
    outcome: Pick<AlarmEvaluationWrite, 'phase' | 'state' | 'changed'>,
    transitions: readonly Transition[],
    now: number,
  ): AlarmEvaluationWrite {
    const byId = new Map(spec.instances.map((i) => [i.id, i]));
    const history: AlarmEvaluationWrite['history'] = [];
    const events: NewEvent[] = [];
    for (const t of transitions) {
      const instance = byId.get(t.instanceId)!;
      const message = transitionMessage(row.name, spec.conditions[t.conditionIndex]!, t, instance.name);
      history.push({
        cluster_id: row.cluster_id,
        rule_name: row.name,
        instance_kind: instance.kind,
        instance_id: instance.id,
        instance_name: instance.name,
        type: t.kind,
        value: t.value,
        message,
        notified: JSON.stringify(spec.contacts),
      });
      events.push(eventOf(row.cluster_id, instance, t.kind, message));
    }
    return {
      id: row.id,
      readVersion: row.resource_version,
      ...outcome,
      evaluatedAt: new Date(now).toISOString(),
      nextDueAt: new Date(nextDueAt(spec.conditions, now)).toISOString(),
      history,
      events,
    };
  }
}

const groupKey = (c: AlarmCondition, from: number, to: number) => `${c.item}|${c.method}|${from}|${to}`;

function statisticKey(
  condition: AlarmCondition,
  due: readonly { index: number; from: number; to: number }[],
  index: number,
  instanceId: string,
): string {
  const window = due.find((d) => d.index === index)!;
  return `${groupKey(condition, window.from, window.to)}|${instanceId}`;
}

function eventOf(
  clusterId: string,
  instance: StoredAlarmInstance,
  kind: Transition['kind'],
  message: string,
): NewEvent {
  return {
    clusterId,
    resourceKind: instance.kind,
    resourceId: instance.id,
    level: kind === 'fired' ? 'Warning' : 'Info',
    reason: kind === 'fired' ? 'AlarmFired' : 'AlarmRecovered',
    message,
    ...(instance.applicationId ? { applicationId: instance.applicationId } : {}),
    ...(instance.serviceId ? { serviceId: instance.serviceId } : {}),
  };
}

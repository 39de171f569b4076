import { METRIC_ITEMS, formatAlarmValue } from '@cs/contracts';
import type { AlarmComparison, AlarmCondition, AlarmStatus } from '@cs/contracts';

const MINUTE = 60_000;

/** Where one condition stands on one instance. */
export interface TargetState {
  /** Consecutive periods over the threshold so far. */
  breaches: number;
  alarming: boolean;
  /** The last period had no data: the instance was not running. */
  noData: boolean;
}

/** A rule's evaluation state, by `instanceId#conditionIndex`. */
export type RuleState = Record<string, TargetState>;

export const targetKey = (instanceId: string, conditionIndex: number) => `${instanceId}#${conditionIndex}`;

/** The end of the period of `periodMinutes` that `at` falls in or ends (periods align to the epoch). */
export function periodEnd(at: number, periodMinutes: number): number {
  const length = periodMinutes * MINUTE;
  return Math.floor(at / length) * length;
}

/** When the next period of any condition ends, after `at`. */
export function nextDueAt(conditions: readonly Pick<AlarmCondition, 'periodMinutes'>[], at: number): number {
  return Math.min(...conditions.map((c) => periodEnd(at, c.periodMinutes) + c.periodMinutes * MINUTE));
}

/**
 * The conditions whose period ended since the rule was last evaluated (or created), with the window
 * each is judged over. After downtime only the latest ended period counts: alarms are about now.
 */
export function dueConditions(
  conditions: readonly Pick<AlarmCondition, 'periodMinutes'>[],
  since: number,
  now: number,
): { index: number; from: number; to: number }[] {
  return conditions.flatMap((c, index) => {
    const to = periodEnd(now, c.periodMinutes);
    return to > since ? [{ index, from: to - c.periodMinutes * MINUTE, to }] : [];
  });
}

export function breaches(value: number, comparison: AlarmComparison, threshold: number): boolean {
  switch (comparison) {
    case '>':
      return value > threshold;
    case '>=':
      return value >= threshold;
    case '<':
      return value < threshold;
    case '<=':
      return value <= threshold;
  }
}

export interface Transition {
  instanceId: string;
  conditionIndex: number;
  kind: 'fired' | 'recovered';
  value: number;
}

/**
 * Judges one rule's due conditions: `value(instanceId, index)` is the period's statistic, null
 * when the instance did not run. Returns the new state and the alarms that fired or recovered.
 */
export function evaluateRule(
  rule: { instanceIds: readonly string[]; conditions: readonly AlarmCondition[]; state: RuleState },
  due: readonly { index: number }[],
  value: (instanceId: string, index: number) => number | null,
): { state: RuleState; transitions: Transition[] } {
  const state: RuleState = { ...rule.state };
  const transitions: Transition[] = [];
  for (const instanceId of rule.instanceIds) {
    for (const { index } of due) {
      const condition = rule.conditions[index]!;
      const key = targetKey(instanceId, index);
      const before = state[key] ?? { breaches: 0, alarming: false, noData: false };
      const v = value(instanceId, index);
      // An instance that stopped has no alarm to keep: its rule waits for data again.
      if (v === null) {
        state[key] = { breaches: 0, alarming: false, noData: true };
        continue;
      }
      const over = breaches(v, condition.comparison, condition.threshold);
      const count = over ? Math.min(before.breaches + 1, condition.consecutivePeriods) : 0;
      const alarming = over ? before.alarming || count >= condition.consecutivePeriods : false;
      if (alarming && !before.alarming)
        transitions.push({ instanceId, conditionIndex: index, kind: 'fired', value: v });
      if (!alarming && before.alarming)
        transitions.push({ instanceId, conditionIndex: index, kind: 'recovered', value: v });
      state[key] = { breaches: count, alarming, noData: false };
    }
  }
  return { state, transitions };
}

/** The Status column: Alarm while any instance breaches, Insufficient Data while one has no data yet. */
export function ruleStatus(
  rule: { enabled: boolean; instanceIds: readonly string[]; conditionCount: number },
  state: RuleState,
): AlarmStatus {
  if (!rule.enabled) return 'Disabled';
  const targets = rule.instanceIds.flatMap((id) =>
    Array.from({ length: rule.conditionCount }, (_, i) => state[targetKey(id, i)]),
  );
  if (targets.some((t) => t?.alarming)) return 'Alarm';
  if (targets.some((t) => t === undefined || t.noData)) return 'Insufficient Data';
  return 'OK';
}

/** The event and notification text: "Alarm rule web-cpu fired: CPU Average 93.2% > 80% for 3 periods." */
export function transitionMessage(ruleName: string, condition: AlarmCondition, t: Transition, instanceName: string) {
  const what = `${METRIC_ITEMS[condition.item].label} ${condition.method} ${formatAlarmValue(condition.item, t.value)}`;
  const threshold = `${condition.comparison} ${formatAlarmValue(condition.item, condition.threshold)}`;
  const periods = condition.consecutivePeriods === 1 ? '1 period' : `${condition.consecutivePeriods} periods`;
  return t.kind === 'fired'
    ? `Alarm rule ${ruleName} fired on ${instanceName}: ${what} ${threshold} for ${periods}.`
    : `Alarm rule ${ruleName} recovered on ${instanceName}: ${what} is no longer ${threshold}.`;
}

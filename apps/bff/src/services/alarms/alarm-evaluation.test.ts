import { describe, expect, it } from 'vitest';
import type { AlarmCondition } from '@cs/contracts';
import { dueConditions, evaluateRule, nextDueAt, periodEnd, ruleStatus } from './alarm-evaluation.ts';
import type { RuleState } from './alarm-evaluation.ts';
import { reduceSamples } from './alarm-metric-source.ts';

const MINUTE = 60_000;
const T0 = Date.UTC(2026, 0, 1, 10, 0);

const cpuOver = (threshold: number, consecutivePeriods = 1, periodMinutes: AlarmCondition['periodMinutes'] = 1) =>
  ({ item: 'cpu', periodMinutes, method: 'Average', comparison: '>', threshold, consecutivePeriods }) as const;

describe('alarm evaluation', () => {
  it('aligns periods to the clock and finds which conditions end at a tick', () => {
    expect(periodEnd(T0 + 7 * MINUTE + 5_000, 5)).toBe(T0 + 5 * MINUTE);
    expect(nextDueAt([cpuOver(1, 1, 5), cpuOver(1, 1, 15)], T0 + 7 * MINUTE)).toBe(T0 + 10 * MINUTE);
    const conditions = [cpuOver(1, 1, 1), cpuOver(1, 1, 5), cpuOver(1, 1, 60)];
    expect(dueConditions(conditions, T0 + 4 * MINUTE, T0 + 5 * MINUTE)).toEqual([
      { index: 0, from: T0 + 4 * MINUTE, to: T0 + 5 * MINUTE },
      { index: 1, from: T0, to: T0 + 5 * MINUTE },
    ]);
    // After an hour down, each condition is judged once, on its latest period.
    expect(dueConditions(conditions, T0 - 60 * MINUTE, T0 + 90_000).map((d) => [d.index, d.from])).toEqual([
      [0, T0],
      [1, T0 - 5 * MINUTE],
      [2, T0 - 60 * MINUTE],
    ]);
  });

  it('fires after N consecutive periods over the threshold, and recovers once below it', () => {
    const rule = { instanceIds: ['c1'], conditions: [cpuOver(80, 3)], state: {} as RuleState };
    const run = (values: (number | null)[]) =>
      values.map((v) => {
        const { state, transitions } = evaluateRule(rule, [{ index: 0 }], () => v);
        rule.state = state;
        return [ruleStatus({ enabled: true, instanceIds: ['c1'], conditionCount: 1 }, state), transitions];
      });
    const steps = run([90, 95, 50, 90, 91, 92, 99, 40]);
    expect(steps.map(([status]) => status)).toEqual(['OK', 'OK', 'OK', 'OK', 'OK', 'Alarm', 'Alarm', 'OK']);
    expect(steps.flatMap(([, t]) => t as unknown[])).toEqual([
      { instanceId: 'c1', conditionIndex: 0, kind: 'fired', value: 92 },
      { instanceId: 'c1', conditionIndex: 0, kind: 'recovered', value: 40 },
    ]);
  });

  it('has Insufficient Data before its first period and while an instance does not run', () => {
    const rule = { instanceIds: ['c1', 'c2'], conditions: [cpuOver(80)], state: {} as RuleState };
    const status = (state: RuleState) =>
      ruleStatus({ enabled: true, instanceIds: rule.instanceIds, conditionCount: 1 }, state);
    expect(status({})).toBe('Insufficient Data');
    const { state } = evaluateRule(rule, [{ index: 0 }], (id) => (id === 'c1' ? 10 : null));
    expect(status(state)).toBe('Insufficient Data');
    expect(status(evaluateRule({ ...rule, state }, [{ index: 0 }], () => 10).state)).toBe('OK');
    expect(ruleStatus({ enabled: false, instanceIds: ['c1'], conditionCount: 1 }, state)).toBe('Disabled');
  });

  it('compares with each comparison and reduces samples by Average, Max and Min', () => {
    const samples = [50, null, 100, 60];
    expect(reduceSamples(samples, 'Average')).toBeCloseTo(70);
    expect(reduceSamples(samples, 'Max')).toBe(100);
    expect(reduceSamples(samples, 'Min')).toBe(50);
    expect(reduceSamples([null, null], 'Average')).toBeNull();
    const fires = (comparison: AlarmCondition['comparison'], value: number) =>
      evaluateRule(
        { instanceIds: ['c'], conditions: [{ ...cpuOver(50), comparison }], state: {} },
        [{ index: 0 }],
        () => value,
      ).transitions.length === 1;
    expect([fires('>', 50), fires('>=', 50), fires('<', 50), fires('<=', 50), fires('<', 49)]).toEqual([
      false,
      true,
      false,
      true,
      true,
    ]);
  });
});

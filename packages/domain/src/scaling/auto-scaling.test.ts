import { describe, expect, it } from 'vitest';
import {
  CONSECUTIVE_PERIODS,
  NO_COUNTS,
  judgePeriod,
  keepsFiring,
  replayPolicy,
  scaledCount,
  scalingBoundsProblem,
} from './auto-scaling.ts';
import type { PeriodAverages, ScalingCounters, ScalingPolicy } from './auto-scaling.ts';

const policy = (over: Partial<ScalingPolicy> = {}): ScalingPolicy => ({
  bounds: { cpu: { expansion: 70, contraction: 10 } },
  step: 1,
  contractionStep: 1,
  min: 1,
  max: 5,
  ...over,
});

/** Judges periods in order and answers each period's direction. */
function run(p: ScalingPolicy, values: PeriodAverages[]) {
  let counters: ScalingCounters = NO_COUNTS;
  return values.map((v) => {
    const judged = judgePeriod(p, counters, v);
    counters = judged.counters;
    return judged.direction;
  });
}

describe('judging sample periods', () => {
  it('expands only on the third consecutive period over the bound, then counts afresh', () => {
    const over = { cpu: 80 };
    expect(run(policy(), [over, over, over, over, over, over])).toEqual([null, null, 'expand', null, null, 'expand']);
    expect(CONSECUTIVE_PERIODS).toBe(3);
  });

  it('starts again when a period falls back inside the bounds (jitter does not scale)', () => {
    expect(run(policy(), [{ cpu: 80 }, { cpu: 80 }, { cpu: 50 }, { cpu: 80 }, { cpu: 80 }])).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('is strict at the bounds: exactly at the limit is not beyond it', () => {
    expect(run(policy(), [{ cpu: 70 }, { cpu: 70 }, { cpu: 70 }])).toEqual([null, null, null]);
    expect(run(policy(), [{ cpu: 10 }, { cpu: 10 }, { cpu: 10 }])).toEqual([null, null, null]);
    expect(run(policy(), [{ cpu: 9.9 }, { cpu: 9.9 }, { cpu: 9.9 }])).toEqual([null, null, 'contract']);
  });

  it('judges memory the same way, and expansion wins over another metric being low', () => {
    const both = policy({
      bounds: { cpu: { expansion: 70, contraction: 10 }, memory: { expansion: 80, contraction: 30 } },
    });
    expect(
      run(both, [
        { cpu: 5, memory: 90 },
        { cpu: 5, memory: 90 },
        { cpu: 5, memory: 90 },
      ]),
    ).toEqual([null, null, 'expand']);
    // Contraction needs every measured metric under its lower bound.
    expect(
      run(both, [
        { cpu: 5, memory: 50 },
        { cpu: 5, memory: 50 },
        { cpu: 5, memory: 50 },
      ]),
    ).toEqual([null, null, null]);
    expect(
      run(both, [
        { cpu: 5, memory: 20 },
        { cpu: 5, memory: 20 },
        { cpu: 5, memory: 20 },
      ]),
    ).toEqual([null, null, 'contract']);
  });

  it('lets a period with no data count for nothing, neither breaking nor extending a run', () => {
    expect(run(policy(), [{ cpu: 80 }, { cpu: null }, { cpu: 80 }, { cpu: 80 }])).toEqual([null, null, null, 'expand']);
  });

  it('names the cause of a scaling', () => {
    const judged = judgePeriod(policy(), { over: 2, under: 0 }, { cpu: 91.5 });
    expect(judged).toEqual({
      counters: NO_COUNTS,
      direction: 'expand',
      cause: { metric: 'cpu', value: 91.5, bound: 70 },
    });
  });
});

describe('the count after a scaling', () => {
  it('steps within Min and Max and does nothing at them', () => {
    const p = policy({ step: 3, contractionStep: 3, min: 2, max: 6 });
    expect(scaledCount(p, 2, 'expand')).toBe(5);
    expect(scaledCount(p, 5, 'expand')).toBe(6);
    expect(scaledCount(p, 6, 'expand')).toBe(6);
    expect(scaledCount(p, 9, 'expand')).toBe(9);
    expect(scaledCount(p, 6, 'contract')).toBe(3);
    expect(scaledCount(p, 3, 'contract')).toBe(2);
    expect(scaledCount(p, 2, 'contract')).toBe(2);
    expect(scaledCount(p, 1, 'contract')).toBe(1);
  });
});

describe('the guide constraints on bounds', () => {
  it('answers the guide wording for each broken rule', () => {
    expect(scalingBoundsProblem({ expansion: 49, contraction: 10 })?.message).toBe(
      'The range of the Expansion Condition is 50%~100%.',
    );
    expect(scalingBoundsProblem({ expansion: 101, contraction: 10 })?.field).toBe('expansion');
    expect(scalingBoundsProblem({ expansion: 80, contraction: 51 })?.message).toBe(
      'The range of the Contraction Condition is 0%~50%.',
    );
    expect(scalingBoundsProblem({ expansion: 60, contraction: 31 })?.message).toMatch(/at least 30% higher/);
    expect(scalingBoundsProblem({ expansion: 60, contraction: 30 })).toBeUndefined();
    expect(scalingBoundsProblem({ expansion: 50, contraction: 0 })).toBeUndefined();
    expect(scalingBoundsProblem({ expansion: Number.NaN, contraction: 0 })?.field).toBe('expansion');
  });
});

describe('the what-if replay', () => {
  const periods = (values: number[]) => values.map((cpu, i) => ({ end: (i + 1) * 60_000, averages: { cpu } }));

  it('counts the scalings the policy would have made, stopping at Max and Min', () => {
    const spike = [80, 80, 80, 80, 80, 80, 80, 80, 80, 80, 80, 80, 5, 5, 5, 5, 5, 5, 5, 5, 5];
    const outcome = replayPolicy(policy({ max: 3 }), periods(spike), 1);
    expect(outcome).toMatchObject({ expansions: 2, contractions: 2, final: 1 });
    expect(outcome.scalings).toEqual([
      { at: 3 * 60_000, direction: 'expand', count: 2 },
      { at: 6 * 60_000, direction: 'expand', count: 3 },
      { at: 15 * 60_000, direction: 'contract', count: 2 },
      { at: 18 * 60_000, direction: 'contract', count: 1 },
    ]);
  });

  it('is linear: a day of periods replays at once', () => {
    const day = Array.from({ length: 1_440 }, (_, i) => (i % 10 < 5 ? 90 : 40));
    const outcome = replayPolicy(policy({ max: 1_000 }), periods(day), 1);
    // Five minutes over, five inside: one expansion per burst (at its third minute).
    expect(outcome.expansions).toBe(144);
    expect(outcome.contractions).toBe(0);
  });
});

describe('the rules that keep firing', () => {
  it('warns when the current figures are already beyond a bound', () => {
    expect(keepsFiring(policy(), { cpu: 85 }, 2)).toBe('expand');
    expect(keepsFiring(policy(), { cpu: 3 }, 2)).toBe('contract');
    expect(keepsFiring(policy(), { cpu: 40 }, 2)).toBeNull();
    expect(keepsFiring(policy(), {}, 2)).toBeNull();
  });

  it('does not warn where the range leaves no scaling to make', () => {
    expect(keepsFiring(policy(), { cpu: 3 }, 1)).toBeNull();
    expect(keepsFiring(policy(), { cpu: 85 }, 5)).toBeNull();
  });
});

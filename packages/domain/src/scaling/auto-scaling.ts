/**
 * Auto scaling as the guide words it, for containers (a service's) and nodes (a cluster's): the
 * average CPU or memory usage of one-minute sample periods, and a scaling only when three
 * consecutive periods are all beyond the bound, "to avoid scaling caused by monitoring data jitter".
 */
export const SCALING_PERIOD_MS = 60_000;
export const CONSECUTIVE_PERIODS = 3;

export const SCALING_METRICS = ['cpu', 'memory'] as const;
export type ScalingMetric = (typeof SCALING_METRICS)[number];

/** The guide's constraints, shared by the forms, the labels and the API. */
export const SCALING_LIMITS = {
  expansion: { min: 50, max: 100 },
  contraction: { min: 0, max: 50 },
  /** "The Expansion Condition must be at least 30% higher than the Contraction Condition." */
  gap: 30,
  step: { min: 1, max: 5 },
} as const;

/** Upper (expansion) and lower (contraction) bounds of one metric, in percent of capacity. */
export interface ScalingBounds {
  expansion: number;
  contraction: number;
}

export interface ScalingPolicy {
  bounds: Partial<Record<ScalingMetric, ScalingBounds>>;
  /** How many containers (nodes) one expansion adds; contraction removes `contractionStep`. */
  step: number;
  contractionStep: number;
  min: number;
  max: number;
}

/** Consecutive ended periods beyond each side so far. */
export interface ScalingCounters {
  over: number;
  under: number;
}

export const NO_COUNTS: ScalingCounters = { over: 0, under: 0 };

/** One ended period's averages, in percent; null when nothing ran (the period counts for nothing). */
export type PeriodAverages = Partial<Record<ScalingMetric, number | null>>;

export type ScalingDirection = 'expand' | 'contract';

export interface PeriodJudgement {
  counters: ScalingCounters;
  /** Set when this period made three in a row: the scaling to carry out now. */
  direction: ScalingDirection | null;
  /** The metric and value that decided it, for the event. */
  cause: { metric: ScalingMetric; value: number; bound: number } | null;
}

/** A field and what is wrong with it, in the guide's words; undefined when the bounds are allowed. */
export function scalingBoundsProblem(
  bounds: ScalingBounds,
): { field: 'expansion' | 'contraction'; message: string } | undefined {
  const { expansion, contraction, gap } = SCALING_LIMITS;
  if (!(bounds.expansion >= expansion.min && bounds.expansion <= expansion.max))
    return { field: 'expansion', message: 'The range of the Expansion Condition is 50%~100%.' };
  if (!(bounds.contraction >= contraction.min && bounds.contraction <= contraction.max))
    return { field: 'contraction', message: 'The range of the Contraction Condition is 0%~50%.' };
  if (bounds.expansion - bounds.contraction < gap)
    return {
      field: 'expansion',
      message: `The Expansion Condition must be at least 30% higher than the Contraction Condition (here ${bounds.expansion}% and ${bounds.contraction}%).`,
    };
  return undefined;
}

/**
 * Judges one ended period. Over: any metric's average above its expansion bound. Under: every
 * metric with data below its contraction bound (and none over). Three in a row scale and start
 * the count again, so the next scaling waits for three more periods of the new situation.
 */
export function judgePeriod(
  policy: ScalingPolicy,
  counters: ScalingCounters,
  averages: PeriodAverages,
): PeriodJudgement {
  let over: PeriodJudgement['cause'] = null;
  let under: PeriodJudgement['cause'] = null;
  let measured = 0;
  let allUnder = true;
  for (const metric of SCALING_METRICS) {
    const bounds = policy.bounds[metric];
    const value = averages[metric];
    if (!bounds || value === undefined || value === null) continue;
    measured++;
    if (value > bounds.expansion && !over) over = { metric, value, bound: bounds.expansion };
    if (value < bounds.contraction) under ??= { metric, value, bound: bounds.contraction };
    else allUnder = false;
  }
  if (measured === 0) return { counters, direction: null, cause: null };
  const next: ScalingCounters = {
    over: over ? counters.over + 1 : 0,
    under: !over && allUnder && under ? counters.under + 1 : 0,
  };
  if (next.over >= CONSECUTIVE_PERIODS) return { counters: NO_COUNTS, direction: 'expand', cause: over };
  if (next.under >= CONSECUTIVE_PERIODS) return { counters: NO_COUNTS, direction: 'contract', cause: under };
  return { counters: next, direction: null, cause: null };
}

/**
 * The count after a scaling: "if the number … is greater than or equal to the Max …, expansion will
 * not be performed", and likewise for the Min; a step never overshoots the range.
 */
export function scaledCount(policy: ScalingPolicy, current: number, direction: ScalingDirection): number {
  if (direction === 'expand') return current >= policy.max ? current : Math.min(policy.max, current + policy.step);
  return current <= policy.min ? current : Math.max(policy.min, current - policy.contractionStep);
}

export interface ReplayOutcome {
  expansions: number;
  contractions: number;
  /** The count at the end, starting from `start`. */
  final: number;
  /** When each scaling would have happened (period ends, unix ms) and to what count. */
  scalings: { at: number; direction: ScalingDirection; count: number }[];
}

/**
 * The what-if replay: the policy judged over past periods (oldest first), as if it had been on.
 * Linear in the periods; a scaling that the range forbids is not counted.
 */
export function replayPolicy(
  policy: ScalingPolicy,
  periods: readonly { end: number; averages: PeriodAverages }[],
  start: number,
): ReplayOutcome {
  let counters = NO_COUNTS;
  let count = start;
  const out: ReplayOutcome = { expansions: 0, contractions: 0, final: start, scalings: [] };
  for (const period of periods) {
    const judged = judgePeriod(policy, counters, period.averages);
    counters = judged.counters;
    if (!judged.direction) continue;
    const next = scaledCount(policy, count, judged.direction);
    if (next === count) continue;
    count = next;
    if (judged.direction === 'expand') out.expansions++;
    else out.contractions++;
    out.scalings.push({ at: period.end, direction: judged.direction, count });
  }
  out.final = count;
  return out;
}

/**
 * The guide's warning: a rule that the current figures already meet, and will still meet after
 * scaling, keeps firing. Per-container usage does not fall when containers are added, so a metric
 * beyond a bound now, with room to scale from `count`, is such a rule.
 */
export function keepsFiring(policy: ScalingPolicy, averages: PeriodAverages, count: number): ScalingDirection | null {
  const judged = judgePeriod(policy, { over: CONSECUTIVE_PERIODS - 1, under: CONSECUTIVE_PERIODS - 1 }, averages);
  return judged.direction && scaledCount(policy, count, judged.direction) !== count ? judged.direction : null;
}

export const KEEPS_FIRING_WARNING =
  'Set scaling policies with due care. If the application already meets the specified scaling rules when you set the scaling rules and the application will still meet the scaling rules after container scaling, the monitor will continuously trigger container scaling.';

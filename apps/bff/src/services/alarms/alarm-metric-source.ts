import type { AlarmMethod, MetricItem } from '@cs/contracts';

/** An instance an alarm rule watches, as the metrics know it. */
export interface AlarmSubject {
  kind: 'container' | 'node';
  id: string;
  clusterId: string;
}

export interface AlarmStatisticsQuery {
  item: MetricItem;
  method: AlarmMethod;
  /** The statistics period: [from, to) in unix milliseconds. */
  from: number;
  to: number;
  subjects: readonly AlarmSubject[];
}

/**
 * What the evaluator needs of the metrics: one statistic of one item per subject over a period,
 * asked for many subjects at once. A subject that did not run in the period answers null.
 */
export interface AlarmMetricSource {
  statistics(query: AlarmStatisticsQuery): Promise<Map<string, number | null>>;
}

/** Reduces a period's samples by the statistics method; null when there was none (nothing ran). */
export function reduceSamples(samples: Iterable<number | null>, method: AlarmMethod): number | null {
  let count = 0;
  let sum = 0;
  let max = -Infinity;
  let min = Infinity;
  for (const s of samples) {
    if (s === null) continue;
    count++;
    sum += s;
    if (s > max) max = s;
    if (s < min) min = s;
  }
  if (count === 0) return null;
  return method === 'Average' ? sum / count : method === 'Max' ? max : min;
}

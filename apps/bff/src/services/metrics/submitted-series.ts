import { COLLECT_MS, windowEnd } from '@cs/simulator';
import type { CustomSeries, MetricWindow } from '@cs/simulator';
import type { StoredCustomPoint } from '../../store/custom-point-store.ts';

/**
 * Submitted points as series: one per measurement, field and tags, averaged per step (a minute at
 * least: the monitoring framework collects once a minute), steps without a point left out.
 */
export function submittedSeries(points: readonly StoredCustomPoint[], window: MetricWindow): CustomSeries[] {
  const stepMs = Math.max(COLLECT_MS, window.stepMs);
  const series = new Map<string, { measurement: string; field: string; tags: string; steps: Map<number, number[]> }>();
  for (const point of points) {
    const key = JSON.stringify([point.measurement, point.field, point.tags]);
    const entry = series.get(key) ?? {
      measurement: point.measurement,
      field: point.field,
      tags: point.tags,
      steps: new Map(),
    };
    series.set(key, entry);
    const at = Date.parse(point.at);
    if (at < window.from || at >= windowEnd(window)) continue;
    const step = window.from + Math.floor((at - window.from) / stepMs) * stepMs;
    const values = entry.steps.get(step);
    if (values) values.push(point.value);
    else entry.steps.set(step, [point.value]);
  }
  return [...series.values()].map(({ measurement, field, tags, steps }) => ({
    measurement,
    field,
    tags: JSON.parse(tags) as Record<string, string>,
    points: [...steps].map(([at, values]): [number, number] => [at, values.reduce((a, b) => a + b, 0) / values.length]),
  }));
}

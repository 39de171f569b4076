import { METRIC_ITEMS, METRIC_RANGES } from '@cs/contracts';
import type { CustomSeriesDto, MetricRange, MetricsDto } from '@cs/contracts';
import { ITEMS, metricWindow, stepTimes, windowEnd } from '@cs/simulator';
import type { CustomSeries, ItemSeries, MetricWindow, Series } from '@cs/simulator';

const iso = (ms: number) => new Date(ms).toISOString();
/** Charts need no more than this: 0.001 % or a thousandth of a byte is noise. */
const round = (value: number | null) => (value === null ? null : Math.round(value * 1_000) / 1_000);

/** The window a range asks for, ending at `end` (default now). */
export function windowOf(range: MetricRange, end: string | undefined, now: number): MetricWindow {
  const { seconds, stepSeconds } = METRIC_RANGES[range];
  return metricWindow(seconds, stepSeconds, end ? Date.parse(end) : now);
}

export function points(window: MetricWindow, values: Series): [number, number | null][] {
  return stepTimes(window).map((at, i) => [at, round(values[i] ?? null)]);
}

export const customDto = (series: CustomSeries): CustomSeriesDto => ({
  ...series,
  points: series.points.map(([at, value]) => [at, round(value)]),
});

export function metricsDto(
  subject: MetricsDto['subject'],
  range: MetricRange,
  window: MetricWindow,
  series: ItemSeries,
  custom: CustomSeriesDto[] = [],
): MetricsDto {
  return {
    subject,
    range,
    stepSeconds: window.stepMs / 1_000,
    from: iso(window.from),
    to: iso(windowEnd(window)),
    series: ITEMS.map((item) => ({ item, unit: METRIC_ITEMS[item].unit, points: points(window, series[item]) })),
    custom,
  };
}

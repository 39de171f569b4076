import { METRIC_ITEMS } from '@cs/contracts';
import type { CustomSeriesDto, MetricsDto, ServiceMetricsDto } from '@cs/contracts';
import type { ChartUnit } from './metric-format.utils.ts';

/** `[unix milliseconds, value]`, the value null where nothing ran. */
export type MetricPoint = readonly [number, number | null];

/** One line of a chart: its data key in the rows (`l0`, `l1`…, never an ID recharts would read as a path), its name. */
export interface ChartLine {
  key: string;
  name: string;
  points: readonly MetricPoint[];
}

/** What one chart draws: a title, the unit of its values, its lines. */
export interface ChartSpec {
  title: string;
  unit: ChartUnit;
  lines: ChartLine[];
}

/** One row of a chart's data: a time and each line's value then (null: a gap). */
export type ChartRow = { t: number } & Record<string, number | null>;

const lineKey = (index: number) => `l${index}`;

/** The rows recharts draws from: every time any line has a point at, in order, each line's value or null. */
export function chartRows(lines: readonly ChartLine[]): ChartRow[] {
  const rows = new Map<number, ChartRow>();
  for (const line of lines) {
    for (const [t, value] of line.points) {
      const row = rows.get(t) ?? ({ t } as ChartRow);
      row[line.key] = value;
      rows.set(t, row);
    }
  }
  const sorted = [...rows.values()].sort((a, b) => a.t - b.t);
  for (const row of sorted) for (const line of lines) row[line.key] ??= null;
  return sorted;
}

/** The largest value of any line, 0 when there is none. */
export function maxValue(lines: readonly ChartLine[]): number {
  let max = 0;
  for (const line of lines) for (const [, value] of line.points) if (value !== null && value > max) max = value;
  return max;
}

/** The newest point with a value, of any line: what the chart's caption says is the latest. */
export function latestPoint(lines: readonly ChartLine[]): { t: number; values: (number | null)[] } | undefined {
  let t: number | undefined;
  for (const line of lines) {
    for (const [time, value] of line.points) if (value !== null && (t === undefined || time > t)) t = time;
  }
  if (t === undefined) return undefined;
  const at = t;
  return { t: at, values: lines.map((line) => line.points.find(([time]) => time === at)?.[1] ?? null) };
}

/** The built-in charts of a container, node or cluster: one per item, in the contract's order. */
export function builtInCharts(metrics: Pick<MetricsDto, 'series'>): ChartSpec[] {
  return metrics.series.map((series) => ({
    title: METRIC_ITEMS[series.item].label,
    unit: series.unit,
    lines: [{ key: lineKey(0), name: METRIC_ITEMS[series.item].label, points: series.points }],
  }));
}

/** How a custom series is named in its chart's legend: its field, and its tags when it has any. */
function customLineName(series: Pick<CustomSeriesDto, 'field' | 'tags'>): string {
  const tags = Object.entries(series.tags)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => `${key}=${value}`);
  return tags.length ? `${series.field} (${tags.join(', ')})` : series.field;
}

/** The custom series as charts, one per measurement (its name as the title), a line per field and tags. */
export function customCharts(custom: readonly CustomSeriesDto[]): ChartSpec[] {
  const byMeasurement = new Map<string, ChartLine[]>();
  for (const series of custom) {
    const lines = byMeasurement.get(series.measurement) ?? [];
    lines.push({ key: lineKey(lines.length), name: customLineName(series), points: series.points });
    byMeasurement.set(series.measurement, lines);
  }
  return [...byMeasurement].map(([title, lines]) => ({ title, unit: 'number', lines }));
}

/** A service's comparison chart of one item: a line per container, named as the container. */
export function comparisonChart(metrics: ServiceMetricsDto): ChartSpec {
  return {
    title: METRIC_ITEMS[metrics.item].label,
    unit: metrics.unit,
    lines: metrics.containers.map((c, i) => ({ key: lineKey(i), name: c.name, points: c.points })),
  };
}

import { METRIC_ITEMS, METRIC_RANGES, MetricItemSchema, MetricQuerySchema, MetricRangeSchema } from '@cs/contracts';
import type { MetricItem, MetricRange } from '@cs/contracts';

/** The refresh of a chart whose range ends now: every 10 s of wall time. */
export const LIVE_REFRESH_MS = 10_000;

export const RANGE_LABELS: Record<MetricRange, string> = {
  '1h': '1 Hour',
  '6h': '6 Hours',
  '24h': '24 Hours',
  '7d': '7 Days',
};

/** The range a `?range=` value names; 1 hour when it names none. */
export function metricRange(param: string | null): MetricRange {
  const parsed = MetricRangeSchema.safeParse(param);
  return parsed.success ? parsed.data : '1h';
}

/** The end a `?end=` value names (an ISO time), or undefined for a range that ends now. */
export function metricEnd(param: string | null): string | undefined {
  if (!param) return undefined;
  const parsed = MetricQuerySchema.shape.end.safeParse(param);
  return parsed.success ? parsed.data : undefined;
}

/** The `?end=` of the window `ranges` whole ranges after (or, negative, before) the one ending at `end` (unix ms). */
export function shiftedEnd(end: number, range: MetricRange, ranges: number): string {
  return new Date(end + ranges * METRIC_RANGES[range].seconds * 1000).toISOString();
}

const ALL_ITEMS = Object.keys(METRIC_ITEMS) as MetricItem[];

/** The items a service comparison shows (`?items=cpu,memory`), in the contract's order; CPU when none is valid. */
export function comparedItems(param: string | null): MetricItem[] {
  const named = new Set((param ?? '').split(',').filter((item) => MetricItemSchema.safeParse(item).success));
  const items = ALL_ITEMS.filter((item) => named.has(item));
  return items.length ? items : ['cpu'];
}

/** A node's Monitor page. */
export function nodeMonitorPath(clusterId: string, nodeId: string): string {
  return `/nodes/${encodeURIComponent(nodeId)}/monitor?${new URLSearchParams({ clusterId }).toString()}`;
}

/** A cluster's Monitor page. */
export function clusterMonitorPath(id: string): string {
  return `/clusters/${encodeURIComponent(id)}/monitor`;
}

/** View all rules: the alarm rules of the cluster's node auto scaling. */
export function clusterAlarmRulesPath(id: string): string {
  return `/clusters/${encodeURIComponent(id)}/monitor/alarm-rules`;
}

/** A service's Monitor page: its containers compared. */
export function serviceMonitorPath(id: string): string {
  return `/services/${encodeURIComponent(id)}/monitor`;
}

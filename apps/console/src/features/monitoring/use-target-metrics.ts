import { useMetricsQuery } from '../../data/metrics/metrics-query.ts';
import type { MetricTarget } from '../../data/metrics/keys.ts';
import { useMetricWindow } from './use-metric-window.ts';

/** The window in the URL and the metrics of a target over it, refreshed live while it ends now. */
export function useTargetMetrics(target: MetricTarget) {
  const timeWindow = useMetricWindow();
  const metrics = useMetricsQuery(target, timeWindow.query, timeWindow.refetchInterval);
  return { timeWindow, metrics };
}

import { useQuery } from '@tanstack/react-query';
import type { MetricQuery, MetricsDto } from '@cs/contracts';
import { api } from '../api.ts';
import { metricKeys } from './keys.ts';
import type { MetricTarget } from './keys.ts';

/** Every built-in item (and a container's custom series) of a container, node or cluster over a range. */
export function getMetrics(target: MetricTarget, query: MetricQuery, signal?: AbortSignal): Promise<MetricsDto> {
  if (target.kind === 'container') return api.getContainerMetrics(target.id, query, signal);
  if (target.kind === 'node') return api.getNodeMetrics(target.clusterId, target.nodeId, query, signal);
  return api.getClusterMetrics(target.id, query, signal);
}

/** The metrics of a target; refetched every `refetchInterval` ms (a range that ends now), else once. */
export function useMetricsQuery(target: MetricTarget, query: MetricQuery, refetchInterval: number | false) {
  return useQuery({
    queryKey: metricKeys.target(target, query),
    queryFn: ({ signal }) => getMetrics(target, query, signal),
    refetchInterval,
  });
}

import type { MetricQuery, ServiceMetricQuery } from '@cs/contracts';

/** What a Monitor page charts: a container, a node of a cluster, a cluster, or a service's containers. */
export type MetricTarget =
  | { kind: 'container'; id: string }
  | { kind: 'node'; clusterId: string; nodeId: string }
  | { kind: 'cluster'; id: string };

/** Query keys of the monitoring data and of load spikes. */
export const metricKeys = {
  all: () => ['metrics'] as const,
  target: (target: MetricTarget, query: MetricQuery) => ['metrics', target, query] as const,
  service: (id: string, query: ServiceMetricQuery) => ['metrics', { kind: 'service', id }, query] as const,
  loadSpikes: () => ['simulation', 'load-spikes'] as const,
  clusterLoadSpikes: (clusterId: string) => ['simulation', 'load-spikes', clusterId] as const,
};

import type { Requester } from './client.ts';
import { LoadSpikeListSchema, LoadSpikeSchema, MetricsSchema, ServiceMetricsSchema } from './metrics.ts';
import type { LoadSpikeRequest, MetricQuery, ServiceMetricQuery } from './metrics.ts';

const segment = (id: string) => encodeURIComponent(id);

/** The client's methods for the Monitor pages (metrics of containers, nodes, clusters, services) and load spikes. */
export function metricsMethods(request: Requester) {
  const metrics = (path: string, query: MetricQuery, signal?: AbortSignal) =>
    request('GET', `${path}/metrics`, { query, schema: MetricsSchema, signal });
  return {
    getContainerMetrics: (id: string, query: MetricQuery = {}, signal?: AbortSignal) =>
      metrics(`/containers/${segment(id)}`, query, signal),
    getNodeMetrics: (clusterId: string, nodeId: string, query: MetricQuery = {}, signal?: AbortSignal) =>
      metrics(`/clusters/${segment(clusterId)}/nodes/${segment(nodeId)}`, query, signal),
    getClusterMetrics: (id: string, query: MetricQuery = {}, signal?: AbortSignal) =>
      metrics(`/clusters/${segment(id)}`, query, signal),
    /** One item of every container of the service, to compare them. */
    getServiceMetrics: (id: string, query: ServiceMetricQuery = {}, signal?: AbortSignal) =>
      request('GET', `/services/${segment(id)}/metrics`, {
        query,
        schema: ServiceMetricsSchema,
        signal,
      }),
    /** Multiplies a service's traffic for some minutes: its containers' CPU, network and disk rise. */
    startLoadSpike: (body: LoadSpikeRequest) =>
      request('POST', '/simulation/load-spikes', { body, schema: LoadSpikeSchema }),
    /** A cluster's load spikes, current and past, the latest first. */
    listLoadSpikes: (clusterId: string, signal?: AbortSignal) =>
      request('GET', '/simulation/load-spikes', { query: { clusterId }, schema: LoadSpikeListSchema, signal }),
  };
}

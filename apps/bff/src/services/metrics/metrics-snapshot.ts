import type { Cluster, Node, Service } from '@cs/domain';
import {
  COLLECT_MS,
  ITEMS,
  currentSample,
  declaresCustom,
  deriveContainerMetrics,
  nodeBaselineAt,
  SAMPLE_MS,
} from '@cs/simulator';
import type { ItemValues } from '@cs/simulator';
import type { Store } from '../../store/store.ts';
import type { MetricsService } from './metrics-service.ts';
import { clusterPopulation } from './cluster-population.ts';
import { metricNodeOf, nodeName, spikeWindowOf } from './metric-subjects.ts';

export type Labels = Record<string, string>;

/** A custom value: the series' measurement and field, its tags, and the container it came from. */
export interface CustomValue {
  measurement: string;
  field: string;
  tags: Labels;
  labels: Labels;
  value: number;
}

/** The current values of a cluster: what the Prometheus and InfluxDB expositions print. */
export interface MetricsSnapshot {
  at: number;
  containers: { labels: Labels; values: ItemValues }[];
  nodes: { labels: Labels; values: ItemValues }[];
  cluster: { labels: Labels; values: ItemValues };
  custom: CustomValue[];
}

/** Submitted points newer than this are current; older ones are not exposed. */
const SUBMITTED_FRESH_MS = 5 * 60_000;

const zero = (): ItemValues => ({ cpu: 0, memory: 0, networkRx: 0, networkTx: 0, diskRead: 0, diskWrite: 0 });
const addInto = (into: ItemValues, values: ItemValues) => ITEMS.forEach((item) => (into[item] += values[item]));

/**
 * Every running container's latest 10-second sample, its node's and cluster's sums (CPU as a
 * share of their cores), and the custom values of the last minute. O(running containers of the
 * cluster), read a chunk at a time.
 */
export async function metricsSnapshot(
  store: Store,
  metrics: MetricsService,
  clusterId: string,
  now: number,
): Promise<MetricsSnapshot> {
  await store.resources.get<Cluster>('cluster', clusterId);
  const at = Math.floor(now / SAMPLE_MS) * SAMPLE_MS;
  const nodes = (await store.resources.listInScope<Node>('node', clusterId)).filter(
    (n) => metricNodeOf(n).alive.end === Infinity,
  );
  const services = new Map(
    (await store.resources.listInCluster<Service>('service', clusterId)).map((s) => [s.metadata.id, s]),
  );
  const spikes = (await metrics.spikes.inCluster(clusterId, at, at + 1)).map(spikeWindowOf);
  const sums = new Map(nodes.map((n) => [n.metadata.id, zero()]));
  const names = new Map(nodes.map((n) => [n.metadata.id, nodeName(n)]));
  const snapshot: MetricsSnapshot = {
    at,
    containers: [],
    nodes: [],
    cluster: { labels: { cluster_id: clusterId }, values: zero() },
    custom: [],
  };
  const minute = { from: Math.floor(now / COLLECT_MS) * COLLECT_MS - COLLECT_MS, stepMs: COLLECT_MS, steps: 1 };

  for await (const chunk of clusterPopulation(store.database, clusterId, { phase: 'running' })) {
    for (const container of chunk) {
      const sample = currentSample(container, spikes, now);
      const sum = sums.get(container.nodeId);
      if (!sample || !sum) continue;
      addInto(sum, sample.values);
      const labels = {
        cluster_id: clusterId,
        node: names.get(container.nodeId)!,
        container_name: container.name,
        service: container.serviceName,
        application: container.applicationName,
      };
      snapshot.containers.push({ labels, values: sample.values });
      const declared = services.get(container.serviceId)?.spec.definition.labels ?? {};
      if (!declaresCustom(declared)) continue;
      for (const series of deriveContainerMetrics(container, declared, spikes, minute, now, []).custom) {
        const value = series.points[0]?.[1];
        if (value !== null && value !== undefined) snapshot.custom.push({ ...series, labels, value });
      }
    }
  }

  let cores = 0;
  for (const node of nodes) {
    const sum = sums.get(node.metadata.id)!;
    addInto(sum, nodeBaselineAt(node.metadata.id, at));
    addInto(snapshot.cluster.values, sum);
    const nodeCores = metricNodeOf(node).cores;
    cores += nodeCores;
    snapshot.nodes.push({
      labels: { cluster_id: clusterId, node: nodeName(node) },
      values: { ...sum, cpu: sum.cpu / nodeCores },
    });
  }
  snapshot.cluster.values.cpu = cores > 0 ? snapshot.cluster.values.cpu / cores : 0;

  const byContainer = new Map(snapshot.containers.map((c) => [c.labels.container_name, c.labels]));
  const seen = new Set<string>();
  const containerNames = new Map<string, string>();
  for (const point of await metrics.points.latestInCluster(clusterId, now - SUBMITTED_FRESH_MS)) {
    const key = JSON.stringify([point.container_id, point.measurement, point.field, point.tags]);
    if (seen.has(key)) continue;
    seen.add(key);
    let name = containerNames.get(point.container_id);
    if (name === undefined) {
      name = (await store.containers.find(point.container_id))?.metadata.name ?? '';
      containerNames.set(point.container_id, name);
    }
    const labels = byContainer.get(name);
    if (!labels) continue;
    snapshot.custom.push({
      measurement: point.measurement,
      field: point.field,
      tags: JSON.parse(point.tags) as Labels,
      labels,
      value: point.value,
    });
  }
  return snapshot;
}

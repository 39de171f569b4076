import { METRIC_ITEMS } from '@cs/contracts';
import type { MetricItem, MetricRange, MetricsDto, ServiceMetricsDto } from '@cs/contracts';
import { NotFoundError } from '@cs/domain';
import type { Cluster, Container, Node, Service } from '@cs/domain';
import { MetricAggregate, deriveContainerMetrics, metricContainerOf, windowEnd } from '@cs/simulator';
import type { MetricWindow } from '@cs/simulator';
import { CustomPointStore } from '../../store/custom-point-store.ts';
import { LoadSpikeStore } from '../../store/load-spike-store.ts';
import type { Store } from '../../store/store.ts';
import { clusterPopulation } from './cluster-population.ts';
import { customDto, metricsDto, points, windowOf } from './metric-dto.ts';
import { metricNodeOf, nodeName, spikeWindowOf } from './metric-subjects.ts';
import { submittedSeries } from './submitted-series.ts';

/** A service's comparison shows this many containers (by name); the answer says how many it has. */
export const COMPARED_CONTAINERS = 20;
/** A node holds far fewer; this bounds one answer's work whatever the store holds. */
const NODE_CONTAINERS = 5_000;

export interface MetricQueryInput {
  range: MetricRange;
  end?: string;
}

const yieldTurn = () => new Promise((resolve) => setImmediate(resolve));

/**
 * Metrics of containers, nodes, clusters and services: derived from the workload model on demand
 * (ADR 017), from the containers' stored lifecycles, the recorded load spikes and, for a
 * container, the custom points its clients submitted.
 */
export class MetricsService {
  readonly spikes: LoadSpikeStore;
  readonly points: CustomPointStore;

  constructor(
    private readonly store: Store,
    private readonly now: () => number,
  ) {
    this.spikes = new LoadSpikeStore(store.database.db, store.resources);
    this.points = new CustomPointStore(store.database.db, store.resources);
  }

  async container(id: string, query: MetricQueryInput): Promise<MetricsDto> {
    const container = await this.store.containers.get(id);
    const window = windowOf(query.range, query.end, this.now());
    const service = await this.store.resources.find<Service>('service', container.spec.serviceId);
    const spikes = await this.spikesOf([container.spec.serviceId], window);
    const { series, custom } = deriveContainerMetrics(
      metricContainerOf(container),
      service?.spec.definition.labels ?? {},
      spikes,
      window,
      this.now(),
    );
    const submitted = submittedSeries(await this.points.list(id, window.from, windowEnd(window)), window);
    return metricsDto(
      { kind: 'container', id, name: container.metadata.name },
      query.range,
      window,
      series,
      [...custom, ...submitted].map(customDto),
    );
  }

  async node(clusterId: string, nodeId: string, query: MetricQueryInput): Promise<MetricsDto> {
    const node = await this.store.resources.find<Node>('node', nodeId);
    if (!node || node.spec.clusterId !== clusterId) throw new NotFoundError('node', nodeId);
    const window = windowOf(query.range, query.end, this.now());
    const { items } = await this.store.containers.list({ nodeId }, { page: 1, pageSize: NODE_CONTAINERS });
    const aggregate = new MetricAggregate({
      kind: 'node',
      seed: nodeId,
      nodes: [metricNodeOf(node)],
      spikes: await this.spikesOf([...new Set(items.map((c) => c.spec.serviceId))], window),
      window,
      now: this.now(),
    });
    for (const container of items) aggregate.add(metricContainerOf(container));
    return metricsDto({ kind: 'node', id: nodeId, name: nodeName(node) }, query.range, window, aggregate.finish());
  }

  async cluster(clusterId: string, query: MetricQueryInput): Promise<MetricsDto> {
    const cluster = await this.store.resources.get<Cluster>('cluster', clusterId);
    const window = windowOf(query.range, query.end, this.now());
    const nodes = await this.store.resources.listInScope<Node>('node', clusterId);
    const spikes = await this.spikes.inCluster(clusterId, window.from, windowEnd(window));
    const aggregate = new MetricAggregate({
      kind: 'cluster',
      seed: clusterId,
      nodes: nodes.map(metricNodeOf),
      spikes: spikes.map(spikeWindowOf),
      window,
      now: this.now(),
    });
    for await (const chunk of clusterPopulation(this.store.database, clusterId))
      for (const container of chunk) aggregate.add(container);
    return metricsDto(
      { kind: 'cluster', id: clusterId, name: cluster.metadata.name },
      query.range,
      window,
      aggregate.finish(),
    );
  }

  async service(serviceId: string, query: MetricQueryInput & { item: MetricItem }): Promise<ServiceMetricsDto> {
    const service = await this.store.resources.get<Service>('service', serviceId);
    const window = windowOf(query.range, query.end, this.now());
    const { items, total } = await this.store.containers.list(
      { serviceId },
      { page: 1, pageSize: COMPARED_CONTAINERS },
    );
    const spikes = await this.spikesOf([serviceId], window);
    const containers: ServiceMetricsDto['containers'] = [];
    for (const container of items) {
      containers.push({
        id: container.metadata.id,
        name: container.metadata.name,
        points: points(window, this.itemSeries(container, query.item, spikes, window)),
      });
      // A week at 10 s samples is a few tens of milliseconds a container: others go between.
      await yieldTurn();
    }
    return {
      subject: { kind: 'service', id: serviceId, name: service.metadata.name },
      range: query.range,
      item: query.item,
      unit: METRIC_ITEMS[query.item].unit,
      stepSeconds: window.stepMs / 1_000,
      from: new Date(window.from).toISOString(),
      to: new Date(windowEnd(window)).toISOString(),
      containers,
      totalContainers: total,
    };
  }

  private itemSeries(
    container: Container,
    item: MetricItem,
    spikes: ReturnType<typeof spikeWindowOf>[],
    window: MetricWindow,
  ) {
    return deriveContainerMetrics(metricContainerOf(container), {}, spikes, window, this.now(), [item]).series[item];
  }

  private async spikesOf(serviceIds: string[], window: MetricWindow) {
    const stored = await this.spikes.overlapping(serviceIds, window.from, windowEnd(window));
    return stored.map(spikeWindowOf);
  }
}

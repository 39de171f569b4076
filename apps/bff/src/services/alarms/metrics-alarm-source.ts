import type { Node } from '@cs/domain';
import { MetricAggregate, SAMPLE_MS, deriveContainerMetrics } from '@cs/simulator';
import type { LoadSpikeWindow, MetricContainer, MetricWindow } from '@cs/simulator';
import { chunks } from '../../store/container-store.ts';
import type { LoadSpikeStore } from '../../store/load-spike-store.ts';
import { toResource } from '../../store/rows.ts';
import type { Store } from '../../store/store.ts';
import { metricNodeOf, spikeWindowOf } from '../metrics/metric-subjects.ts';
import { metricContainers } from '../metrics/cluster-population.ts';
import type { AlarmMetricSource, AlarmStatisticsQuery } from './alarm-metric-source.ts';
import { reduceSamples } from './alarm-metric-source.ts';

/** Read and derived at once, then other requests get their turn: each chunk is a few milliseconds. */
const CONTAINER_CHUNK = 100;
/** Nodes read and aggregated at once: a few hundred containers. */
const NODE_CHUNK = 5;

const yieldTurn = () => new Promise((resolve) => setImmediate(resolve));

/**
 * The alarm statistics of the simulated metrics (ADR 017): each subject's item derived at its
 * 10-second samples over the period, from the stored containers and load spikes, then reduced.
 * Containers and spikes are read a chunk at a time for many rules at once, and other requests get
 * their turn between chunks.
 */
export class MetricsAlarmSource implements AlarmMetricSource {
  constructor(
    private readonly store: Store,
    private readonly spikes: LoadSpikeStore,
    private readonly now: () => number,
  ) {}

  async statistics(query: AlarmStatisticsQuery): Promise<Map<string, number | null>> {
    const window: MetricWindow = { from: query.from, stepMs: SAMPLE_MS, steps: (query.to - query.from) / SAMPLE_MS };
    const answers = new Map<string, number | null>();
    const ofKind = (kind: 'container' | 'node') => query.subjects.filter((s) => s.kind === kind).map((s) => s.id);
    for (const chunk of chunks(ofKind('container'), CONTAINER_CHUNK)) {
      await this.containers(chunk, query, window, answers);
      await yieldTurn();
    }
    for (const chunk of chunks(ofKind('node'), NODE_CHUNK)) {
      await this.nodes(chunk, query, window, answers);
      await yieldTurn();
    }
    return answers;
  }

  private async containers(
    ids: readonly string[],
    query: AlarmStatisticsQuery,
    window: MetricWindow,
    answers: Map<string, number | null>,
  ): Promise<void> {
    const now = this.now();
    const containers = await metricContainers(this.store.database, 'id', ids);
    const spikes = await this.spikesOf(containers, query);
    for (const container of containers) {
      const { series } = deriveContainerMetrics(container, {}, spikes, window, now, [query.item]);
      answers.set(container.id, reduceSamples(series[query.item], query.method));
    }
  }

  /** Each node's item over the period: what ran on it, aggregated as its Monitor page does. */
  private async nodes(
    ids: readonly string[],
    query: AlarmStatisticsQuery,
    window: MetricWindow,
    answers: Map<string, number | null>,
  ): Promise<void> {
    const rows = await this.store.database.db
      .selectFrom('resources')
      .selectAll()
      .where('kind', '=', 'node')
      .where('id', 'in', [...ids])
      .execute();
    const onNodes = await metricContainers(this.store.database, 'node_id', ids);
    const spikes = await this.spikesOf(onNodes, query);
    const byNode = new Map<string, MetricContainer[]>();
    for (const c of onNodes) {
      const list = byNode.get(c.nodeId);
      if (list) list.push(c);
      else byNode.set(c.nodeId, [c]);
    }
    for (const id of ids) answers.set(id, null);
    for (const node of rows.map((row) => toResource<Node>(row))) {
      const aggregate = new MetricAggregate({
        kind: 'node',
        seed: node.metadata.id,
        nodes: [metricNodeOf(node)],
        spikes,
        window,
        now: this.now(),
      });
      for (const c of byNode.get(node.metadata.id) ?? []) aggregate.add(c);
      answers.set(node.metadata.id, reduceSamples(aggregate.finish()[query.item], query.method));
    }
  }

  private async spikesOf(
    containers: readonly MetricContainer[],
    query: AlarmStatisticsQuery,
  ): Promise<LoadSpikeWindow[]> {
    const serviceIds = [...new Set(containers.map((c) => c.serviceId))];
    const stored = await this.spikes.overlapping(serviceIds, query.from, query.to);
    return stored.map(spikeWindowOf);
  }
}

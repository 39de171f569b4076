import { findInstanceType } from '@cs/domain';
import type { Node, PeriodAverages } from '@cs/domain';
import { MetricAggregate, SAMPLE_MS } from '@cs/simulator';
import type { LoadSpikeStore } from '../../../store/load-spike-store.ts';
import type { Store } from '../../../store/store.ts';
import { clusterPopulation } from '../../metrics/cluster-population.ts';
import { metricNodeOf, spikeWindowOf } from '../../metrics/metric-subjects.ts';

const GiB = 1024 ** 3;

/** A cluster's average CPU and memory usage over one sample period, in percent. */
export interface ClusterUsageSource {
  averages(clusterId: string, nodes: readonly Node[], from: number, to: number): Promise<PeriodAverages>;
}

const mean = (values: readonly (number | null)[]) => {
  const present = values.filter((v): v is number => v !== null);
  return present.length === 0 ? null : present.reduce((a, b) => a + b, 0) / present.length;
};

/**
 * The figures of the cluster's Monitor page (ADR 017) over the period, at its 10-second samples:
 * CPU is already a share of all the nodes' cores; memory is the bytes in use over the memory of
 * the nodes that were up.
 */
export class MetricsClusterUsage implements ClusterUsageSource {
  constructor(
    private readonly store: Store,
    private readonly spikes: LoadSpikeStore,
    private readonly now: () => number,
  ) {}

  async averages(clusterId: string, nodes: readonly Node[], from: number, to: number): Promise<PeriodAverages> {
    const metricNodes = nodes.map(metricNodeOf);
    const aggregate = new MetricAggregate({
      kind: 'cluster',
      seed: clusterId,
      nodes: metricNodes,
      spikes: (await this.spikes.inCluster(clusterId, from, to)).map(spikeWindowOf),
      window: { from, stepMs: SAMPLE_MS, steps: Math.round((to - from) / SAMPLE_MS) },
      now: this.now(),
    });
    for await (const chunk of clusterPopulation(this.store.database, clusterId))
      for (const container of chunk) aggregate.add(container);
    const series = aggregate.finish();
    const upAtEnd = nodes.filter((_, i) => metricNodes[i]!.alive.start < to && metricNodes[i]!.alive.end >= to);
    const memory = upAtEnd.reduce((sum, n) => sum + findInstanceType(n.spec.instanceType).memoryGiB * GiB, 0);
    const memoryUsed = mean(series.memory);
    return {
      cpu: mean(series.cpu),
      memory: memoryUsed === null || memory === 0 ? null : (memoryUsed / memory) * 100,
    };
  }
}

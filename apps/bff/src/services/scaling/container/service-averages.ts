import { performance } from 'node:perf_hooks';
import { findInstanceType } from '@cs/domain';
import type { Node, PeriodAverages, Service } from '@cs/domain';
import { SAMPLE_MS, deriveContainerMetrics } from '@cs/simulator';
import type { MetricContainer, MetricWindow } from '@cs/simulator';
import { chunks } from '../../../store/container-store.ts';
import type { LoadSpikeStore } from '../../../store/load-spike-store.ts';
import type { Store } from '../../../store/store.ts';
import { metricContainers } from '../../metrics/cluster-population.ts';
import { spikeWindowOf } from '../../metrics/metric-subjects.ts';

const GIB = 1024 ** 3;
/** Services whose containers are read and derived together; others' requests go between chunks. */
const SERVICE_CHUNK = 5;
/** The longest the derivation holds the event loop before letting others in. */
const SLICE_MS = 20;

const yieldTurn = () => new Promise((resolve) => setImmediate(resolve));

export interface AveragesOptions {
  /**
   * Average over at most this many of each service's containers (the first by name): a day of
   * samples costs milliseconds a container, and a hundred of them already show the service's load.
   */
  maxContainers?: number;
}

/** What the scaler and the what-if replay need of the metrics: a service's averages per period. */
export interface ServiceAveragesSource {
  /**
   * Each service's average CPU (% of a core, as its Monitor page shows) and memory (% of its
   * `mem_limit`, else of its node's memory) over its running containers, per period of `periodMs`
   * in `[from, to)`, oldest first.
   */
  averages(
    services: readonly Service[],
    from: number,
    to: number,
    periodMs: number,
    options?: AveragesOptions,
  ): Promise<Map<string, PeriodAverages[]>>;
}

function mean(values: readonly (number | null)[]): number | null {
  let sum = 0;
  let count = 0;
  for (const v of values)
    if (v !== null) {
      sum += v;
      count++;
    }
  return count === 0 ? null : sum / count;
}

/** The averages derived from the workload model (ADR 017), as the Monitor pages derive them. */
export class MetricsAveragesSource implements ServiceAveragesSource {
  constructor(
    private readonly store: Store,
    private readonly spikes: LoadSpikeStore,
    private readonly now: () => number,
  ) {}

  async averages(
    services: readonly Service[],
    from: number,
    to: number,
    periodMs: number,
    options: AveragesOptions = {},
  ) {
    const answers = new Map<string, PeriodAverages[]>();
    for (const chunk of chunks(services, SERVICE_CHUNK)) {
      await this.chunk(chunk, { from, to, periodMs, maxContainers: options.maxContainers ?? Infinity }, answers);
      await yieldTurn();
    }
    return answers;
  }

  private async chunk(
    services: readonly Service[],
    { from, to, periodMs, maxContainers }: { from: number; to: number; periodMs: number; maxContainers: number },
    answers: Map<string, PeriodAverages[]>,
  ): Promise<void> {
    const ids = services.map((s) => s.metadata.id);
    const containers = await metricContainers(this.store.database, 'service_id', ids);
    const stored = await this.spikes.overlapping(ids, from, to);
    const spikes = stored.map(spikeWindowOf);
    const nodeMemory = await this.nodeMemory(containers);
    const periods = Math.max(0, Math.floor((to - from) / periodMs));
    const window: MetricWindow = { from, stepMs: SAMPLE_MS, steps: (periods * periodMs) / SAMPLE_MS };
    const perPeriod = periodMs / SAMPLE_MS;
    const byService = new Map<string, MetricContainer[]>();
    for (const c of [...containers].sort((a, b) => a.name.localeCompare(b.name))) {
      const list = byService.get(c.serviceId) ?? [];
      if (list.length < maxContainers) list.push(c);
      byService.set(c.serviceId, list);
    }
    const now = this.now();
    let sliceStart = performance.now();
    for (const service of services) {
      const cpu: (number | null)[][] = Array.from({ length: periods }, () => []);
      const memory: (number | null)[][] = Array.from({ length: periods }, () => []);
      const limit = service.spec.definition.memLimit;
      for (const container of byService.get(service.metadata.id) ?? []) {
        const { series } = deriveContainerMetrics(container, {}, spikes, window, now, ['cpu', 'memory']);
        const capacity = limit ?? nodeMemory.get(container.nodeId) ?? GIB;
        series.cpu.forEach((v, step) => cpu[Math.floor(step / perPeriod)]?.push(v));
        series.memory.forEach((v, step) =>
          memory[Math.floor(step / perPeriod)]?.push(v === null ? null : (100 * v) / capacity),
        );
        // Hours of samples take milliseconds a container: others' requests go between.
        if (performance.now() - sliceStart > SLICE_MS) {
          await yieldTurn();
          sliceStart = performance.now();
        }
      }
      answers.set(
        service.metadata.id,
        cpu.map((values, i) => ({ cpu: mean(values), memory: mean(memory[i]!) })),
      );
    }
  }

  private async nodeMemory(containers: readonly MetricContainer[]): Promise<Map<string, number>> {
    const ids = [...new Set(containers.map((c) => c.nodeId))];
    const memory = new Map<string, number>();
    for (const part of chunks(ids)) {
      const nodes = await this.store.resources.findMany<Node>('node', part);
      for (const node of nodes) memory.set(node.metadata.id, findInstanceType(node.spec.instanceType).memoryGiB * GIB);
    }
    return memory;
  }
}

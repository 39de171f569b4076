import { hashSeed } from '../random.ts';
import type { ItemSeries } from './container-series.ts';
import { Coverage, placeSpan } from './coverage.ts';
import { ITEMS } from './items.ts';
import type { ItemValues } from './items.ts';
import { smoothNoise, unitNoise } from './noise.ts';
import { resourceProfile } from './resource-profile.ts';
import { stepDiurnal, stepTraffic } from './step-traffic.ts';
import type { MetricContainer, RunSpan } from './subject.ts';
import { ServiceTraffic, TRAFFIC_NOISE, spikesByService } from './traffic.ts';
import type { LoadSpikeWindow } from './traffic.ts';
import type { MetricWindow } from './window.ts';

/** A node as its series sees it: its cores (CPU is a share of them) and when it was up. */
export interface MetricNode {
  id: string;
  cores: number;
  alive: RunSpan;
}

const MB = 1024 * 1024;
/** What a node uses with nothing scheduled on it: the OS, Docker and the agents. CPU in % of one core. */
export const NODE_BASELINE: ItemValues = {
  cpu: 4,
  memory: 320 * MB,
  networkRx: 2 * 1024,
  networkTx: 3 * 1024,
  diskRead: 4 * 1024,
  diskWrite: 24 * 1024,
};
const BASELINE_WOBBLE = 0.1;

/** The baseline of a node at `at`, wobbling ±10 % over minutes. */
export function nodeBaselineAt(nodeId: string, at: number): ItemValues {
  const seed = hashSeed(`baseline:${nodeId}`);
  const values = {} as ItemValues;
  ITEMS.forEach((item, i) => {
    values[item] = NODE_BASELINE[item] * (1 + BASELINE_WOBBLE * smoothNoise(seed + i, at, 60_000));
  });
  return values;
}

type Vectors = Float64Array[];
const coverages = (window: MetricWindow) => ITEMS.map(() => new Coverage(window.steps));

/**
 * The series of a node or a cluster without evaluating its containers sample by sample. Each
 * container adds its run, weighted by its profile, to per-step coverages (O(1) each, see Coverage):
 * what idles whatever the traffic in one pool, the traffic-driven part per service (`exact`) or,
 * for a cluster, in one pool scaled by the daily curve, with seeded noise as large as the sum of
 * the services' own noises would be (it shrinks with √services, as independent noises do).
 * Services with a load spike in the window are always exact. Containers are added a chunk at a
 * time, so a caller can yield between chunks.
 */
export class MetricAggregate {
  private readonly rest: Coverage[];
  private readonly pooled: Coverage[];
  private readonly exact = new Map<string, Coverage[]>();
  /** Per service, the traffic-driven weight of all its containers: the pooled noise's size. */
  private readonly serviceWeights = new Map<string, Float64Array>();
  private readonly spikes: Map<string, LoadSpikeWindow[]>;

  constructor(
    private readonly options: {
      /** A node averages over the samples it was up; a cluster sums its nodes. */
      kind: 'node' | 'cluster';
      seed: string;
      nodes: readonly MetricNode[];
      spikes: readonly LoadSpikeWindow[];
      window: MetricWindow;
      now: number;
    },
  ) {
    this.rest = coverages(options.window);
    this.pooled = coverages(options.window);
    this.spikes = spikesByService(options.spikes);
  }

  add(container: MetricContainer): void {
    const placement = placeSpan(this.options.window, this.options.now, container.run);
    if (!placement) return;
    const profile = resourceProfile(container.image, container.id);
    const exact = this.options.kind === 'node' || this.spikes.has(container.serviceId);
    let target = this.pooled;
    if (exact) {
      target = this.exact.get(container.serviceId) ?? coverages(this.options.window);
      this.exact.set(container.serviceId, target);
    }
    let weights = exact ? undefined : this.serviceWeights.get(container.serviceId);
    if (!exact && !weights) this.serviceWeights.set(container.serviceId, (weights = new Float64Array(ITEMS.length)));
    for (let i = 0; i < ITEMS.length; i++) {
      const item = ITEMS[i]!;
      this.rest[i]!.add(placement, profile.rest[item]);
      target[i]!.add(placement, profile.perTraffic[item]);
      if (weights) weights[i]! += profile.perTraffic[item];
    }
  }

  finish(): ItemSeries {
    const { window, now, nodes, kind } = this.options;
    const totals: Vectors = this.rest.map((c) => Float64Array.from(c.finish()));
    this.addExact(totals);
    this.addPooled(totals);
    const up = new Coverage(window.steps);
    const cores = new Coverage(window.steps);
    for (const node of nodes) {
      const alive = placeSpan(window, now, node.alive);
      up.add(alive, 1);
      cores.add(alive, node.cores);
      if (kind === 'node') this.addBaseline(totals, node);
    }
    const upShares = up.finish();
    const coreShares = cores.finish();
    // A cluster's nodes' baselines wobble independently: their sum is steady.
    if (kind === 'cluster')
      ITEMS.forEach((item, i) => upShares.forEach((share, step) => (totals[i]![step]! += NODE_BASELINE[item] * share)));
    const out = {} as ItemSeries;
    ITEMS.forEach((item, i) => {
      out[item] = Array.from(totals[i]!, (value, step) => {
        const share = upShares[step]!;
        if (share <= 0) return null;
        if (item === 'cpu') return value / coreShares[step]!;
        return kind === 'node' ? value / share : value;
      });
    });
    return out;
  }

  private addExact(totals: Vectors): void {
    const { window } = this.options;
    for (const [serviceId, perTraffic] of this.exact) {
      const traffic = stepTraffic(new ServiceTraffic(serviceId, this.spikes.get(serviceId) ?? []), window);
      perTraffic.forEach((coverage, i) => {
        const weights = coverage.finish();
        for (let step = 0; step < window.steps; step++) totals[i]![step]! += weights[step]! * traffic[step]!;
      });
    }
  }

  private addPooled(totals: Vectors): void {
    if (this.serviceWeights.size === 0) return;
    const { window, seed } = this.options;
    const daily = stepDiurnal(window);
    // The spread of one service's noise averaged over a step: less over ten minutes than over one.
    const spread = (TRAFFIC_NOISE * 0.47 * Math.sqrt(3)) / Math.sqrt(Math.max(1, window.stepMs / 60_000));
    const noiseSeed = hashSeed(`pooled:${seed}`);
    const firstStep = Math.floor(window.from / window.stepMs);
    this.pooled.forEach((coverage, i) => {
      const weights = coverage.finish();
      let full = 0;
      let squares = 0;
      for (const w of this.serviceWeights.values()) {
        full += w[i]!;
        squares += w[i]! ** 2;
      }
      const amplitude = full > 0 ? (spread * Math.sqrt(squares)) / full : 0;
      for (let step = 0; step < window.steps; step++) {
        const wobble = 1 + amplitude * unitNoise(noiseSeed + i, firstStep + step);
        totals[i]![step]! += weights[step]! * daily[step]! * wobble;
      }
    });
  }

  private addBaseline(totals: Vectors, node: MetricNode): void {
    const { window, now } = this.options;
    const alive = new Coverage(window.steps);
    alive.add(placeSpan(window, now, node.alive), 1);
    const shares = alive.finish();
    for (let step = 0; step < window.steps; step++) {
      if (shares[step] === 0) continue;
      const baseline = nodeBaselineAt(node.id, window.from + (step + 0.5) * window.stepMs);
      ITEMS.forEach((item, i) => (totals[i]![step]! += baseline[item] * shares[step]!));
    }
  }
}

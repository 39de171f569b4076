import { describe, expect, it } from 'vitest';
import { MetricAggregate, NODE_BASELINE } from './aggregate.ts';
import type { MetricNode } from './aggregate.ts';
import { deriveContainerMetrics } from './derive.ts';
import { ITEMS } from './items.ts';
import type { MetricContainer } from './subject.ts';
import type { LoadSpikeWindow } from './traffic.ts';
import { metricWindow } from './window.ts';

const HOUR = 3_600_000;
const NOW = Date.parse('2026-12-01T12:00:00Z');
const DAY_AGO = NOW - 24 * HOUR;

const container = (id: string, overrides: Partial<MetricContainer> = {}): MetricContainer => ({
  id,
  name: `app_web_${id}`,
  image: 'nginx:latest',
  serviceId: 'svc-web',
  nodeId: 'node-1',
  run: { start: DAY_AGO, end: Infinity },
  ...overrides,
});

const derive = (c: MetricContainer, window = metricWindow(3_600, 10, NOW), spikes: LoadSpikeWindow[] = []) =>
  deriveContainerMetrics(c, {}, spikes, window, NOW);

const mean = (values: (number | null)[]) => {
  const present = values.filter((v): v is number => v !== null);
  return present.reduce((a, b) => a + b, 0) / present.length;
};

describe('derived container metrics', () => {
  it('are the same for the same container, different for another, and follow the image', () => {
    const a = derive(container('a')).series;
    expect(derive(container('a')).series).toEqual(a);
    expect(derive(container('b')).series.cpu).not.toEqual(a.cpu);
    const db = derive(container('d', { image: 'mysql:5.7', serviceId: 'svc-db' })).series;
    expect(mean(db.memory)).toBeGreaterThan(5 * mean(a.memory));
    expect(mean(db.diskWrite)).toBeGreaterThan(5 * mean(a.diskWrite));
    expect(mean(a.networkTx)).toBeGreaterThan(mean(db.networkTx));
    for (const item of ITEMS) expect(a[item]).toHaveLength(360);
  });

  it('average the 10-second samples into 1-minute and 10-minute steps', () => {
    const c = container('a');
    const end = NOW - HOUR;
    const fine = derive(c, metricWindow(3_600, 10, end)).series.cpu as number[];
    const minutes = derive(c, metricWindow(3_600, 60, end)).series.cpu as number[];
    const tens = derive(c, metricWindow(3_600, 600, end)).series.cpu as number[];
    expect(minutes).toHaveLength(60);
    expect(tens).toHaveLength(6);
    for (let m = 0; m < 60; m++) expect(minutes[m]).toBeCloseTo(mean(fine.slice(m * 6, m * 6 + 6)), 9);
    for (let t = 0; t < 6; t++) expect(tens[t]).toBeCloseTo(mean(fine.slice(t * 60, t * 60 + 60)), 9);
  });

  it('are null while the container is not running, and never in the future', () => {
    const stoppedAt = NOW - 30 * 60_000;
    const c = container('a', { run: { start: NOW - 50 * 60_000, end: stoppedAt } });
    const window = metricWindow(3_600, 10, NOW + 10 * 60_000);
    const cpu = derive(c, window).series.cpu;
    cpu.forEach((value, step) => {
      const at = window.from + step * window.stepMs;
      expect(value === null).toBe(at < NOW - 50 * 60_000 || at >= stoppedAt);
    });
    expect(derive(container('b', { run: null })).series.memory.every((v) => v === null)).toBe(true);
  });

  it('rise with a load spike on the service', () => {
    const spike = { serviceId: 'svc-web', factor: 4, start: NOW - 20 * 60_000, end: NOW - 10 * 60_000 };
    const plain = derive(container('a')).series;
    const spiked = derive(container('a'), undefined, [spike]).series;
    const during = (values: (number | null)[]) => mean(values.slice(240, 300));
    expect(during(spiked.cpu)).toBeGreaterThan(2.5 * during(plain.cpu));
    expect(during(spiked.networkRx)).toBeGreaterThan(3 * during(plain.networkRx));
    expect(spiked.cpu.slice(0, 240)).toEqual(plain.cpu.slice(0, 240));
    expect(derive(container('x', { serviceId: 'other' }), undefined, [spike]).series).toEqual(
      derive(container('x', { serviceId: 'other' })).series,
    );
  });
});

describe('node and cluster aggregates', () => {
  const images = ['nginx:latest', 'mysql:5.7', 'redis:3', 'wordpress:4.5', 'example/unknown:1'];
  const nodes: MetricNode[] = [1, 2, 3].map((n) => ({ id: `node-${n}`, cores: 2, alive: { start: 0, end: Infinity } }));
  const containers = Array.from({ length: 60 }, (_, i) =>
    container(`c${i}`, {
      image: images[i % images.length]!,
      serviceId: `svc-${i % 12}`,
      nodeId: `node-${(i % 3) + 1}`,
      // Some start and stop inside the window.
      run: i % 7 === 0 ? { start: NOW - 5 * HOUR, end: NOW - 2 * HOUR } : { start: DAY_AGO, end: Infinity },
    }),
  );
  const spikes = [{ serviceId: 'svc-1', factor: 5, start: NOW - 3 * HOUR, end: NOW - 2 * HOUR }];
  const window = metricWindow(6 * 3_600, 60, NOW);

  const aggregate = (kind: 'node' | 'cluster', members: MetricContainer[], of: MetricNode[]) => {
    const agg = new MetricAggregate({ kind, seed: 'test', nodes: of, spikes, window, now: NOW });
    for (const c of members) agg.add(c);
    return agg.finish();
  };

  it('a node is its containers summed plus its baseline, CPU as a share of its cores', () => {
    const node = nodes[0]!;
    const members = containers.filter((c) => c.nodeId === node.id);
    const series = aggregate('node', members, [node]);
    const derived = members.map((c) => deriveContainerMetrics(c, {}, spikes, window, NOW).series);
    for (const item of ITEMS) {
      for (let step = 0; step < window.steps; step += 17) {
        const sum = derived.reduce((total, s) => total + (s[item][step] ?? 0), 0);
        const withBaseline = sum + NODE_BASELINE[item];
        const expected = item === 'cpu' ? withBaseline / node.cores : withBaseline;
        // Within the containers' own jitter (averaged away in the node) and the baseline's wobble.
        expect(Math.abs(series[item][step]! - expected) / expected).toBeLessThan(0.1);
      }
    }
  });

  it('a cluster is its nodes summed, within the pooled noise, and sees the spike', () => {
    const cluster = aggregate('cluster', containers, nodes);
    const perNode = nodes.map((n) =>
      aggregate(
        'node',
        containers.filter((c) => c.nodeId === n.id),
        [n],
      ),
    );
    for (const item of ITEMS) {
      const clusterMean = mean(cluster[item]);
      const nodesMean =
        item === 'cpu' ? mean(perNode.map((s) => mean(s.cpu))) : perNode.reduce((t, s) => t + mean(s[item]), 0);
      expect(Math.abs(clusterMean - nodesMean) / nodesMean).toBeLessThan(0.05);
      for (let step = 0; step < window.steps; step += 11) {
        const sum = perNode.reduce((t, s) => t + s[item][step]!, 0);
        const expected = item === 'cpu' ? sum / 3 : sum;
        expect(Math.abs(cluster[item][step]! - expected) / expected).toBeLessThan(0.2);
      }
    }
  });

  it('are null where no node was up', () => {
    const late: MetricNode = { id: 'late', cores: 4, alive: { start: NOW - HOUR, end: Infinity } };
    const series = aggregate('node', [], [late]);
    expect(series.cpu.slice(0, 300).every((v) => v === null)).toBe(true);
    expect(series.cpu.slice(300).every((v) => v !== null && v > 0.5 && v < 1.5)).toBe(true);
  });
});

import { performance } from 'node:perf_hooks';
import type { ScalingPolicy, Service } from '@cs/domain';
import { ManualClock } from '@cs/simulator';
import { startTestServer } from '../src/testing/test-server.ts';
import { longestStall } from './event-loop-stall.ts';
import { emit, percentile, round } from './metrics-world.ts';
import { seedWorkloads } from './seed-workloads.ts';

/**
 * Issue 12's container half (SQLite), printed as a JSON line: the time to judge 100 container auto
 * scaling policies at the end of a period — 100 services of 100 running containers each (10,000 in
 * all) on 200 nodes, each service's CPU and memory averages derived from the workload model as its
 * Monitor page shows them — and the longest the event loop was held meanwhile. Run with
 * `pnpm --filter @cs/bff bench:container-scaling`.
 */
const SERVICES = Number(process.env.BENCH_SCALING_SERVICES ?? 100);
const PERIODS = Number(process.env.BENCH_SCALING_PERIODS ?? 10);
const MINUTE = 60_000;
const DAY = 24 * 3_600_000;

// Bounds no figure reaches: every period is judged in full and none scales (a scaling would
// leave the service Updating, which skips its next periods).
const POLICY: ScalingPolicy = {
  bounds: { cpu: { expansion: 100, contraction: 0 }, memory: { expansion: 100, contraction: 0 } },
  step: 1,
  contractionStep: 1,
  min: 1,
  max: 1_000,
};

const clock = new ManualClock(Date.UTC(2026, 0, 1) + 8 * DAY);
const t = await startTestServer({ env: { QUOTA_NODES_PER_CLUSTER: '1000' }, clock });
const { serviceIds } = await seedWorkloads(t.server.store, {
  clusters: 1,
  nodesPerCluster: 200,
  applicationsPerCluster: SERVICES,
  containersPerApplication: 100,
  phase: 'running',
});
await t.server.settle();
for (const id of serviceIds) {
  const service = await t.server.store.resources.get<Service>('service', id);
  await t.server.store.resources.update<Service>('service', id, service.metadata.resourceVersion, (s) => ({
    spec: { ...s.spec, definition: { ...s.spec.definition, autoScaling: POLICY } },
  }));
}
await t.server.settle();

// The scaler's own timer is stopped: each period below is judged once, by the call timed.
t.server.containerScaler.stop();
const times: number[] = [];
let stallMs = 0;
let judged = 0;
for (let p = 0; p < PERIODS; p++) {
  await t.advance(MINUTE);
  const start = performance.now();
  const run = await longestStall(() => t.server.containerScaler.evaluateDue(t.clock.now()));
  times.push(performance.now() - start);
  judged = run.result;
  stallMs = Math.max(stallMs, run.stallMs);
}
emit({
  bench: 'container-scaling.evaluate-per-period',
  engine: 'sqlite',
  services: SERVICES,
  runningContainers: SERVICES * 100,
  policiesJudgedPerPeriod: judged,
  periods: PERIODS,
  p50Ms: round(percentile(times, 50)),
  maxMs: round(Math.max(...times)),
  longestStallMs: round(stallMs),
});
await t.close();
process.exit(0);

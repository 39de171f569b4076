import { performance } from 'node:perf_hooks';
import { LATEST_AGENT_VERSION, SYSTEM_SERVICE_VERSIONS } from '@cs/domain';
import type { Cluster } from '@cs/domain';
import { ManualClock } from '@cs/simulator';
import { startTestServer } from '../src/testing/test-server.ts';
import { emit, percentile, round } from './metrics-world.ts';
import { seedWorkloads } from './seed-workloads.ts';

/**
 * Issue 12's node half (SQLite), printed as a JSON line: the time to judge 100 node scaling rules
 * at the end of a period — 100 clusters of 10 nodes and 100 running containers each, every rule's
 * cluster averages derived from the Monitor page's metrics model. Run with
 * `pnpm --filter @cs/bff bench:node-scaling`.
 */
const CLUSTERS = Number(process.env.BENCH_NODE_RULES ?? 100);
const PERIODS = Number(process.env.BENCH_NODE_PERIODS ?? 10);
const MINUTE = 60_000;
const DAY = 24 * 3_600_000;

const clock = new ManualClock(Date.UTC(2026, 0, 1) + 8 * DAY);
const t = await startTestServer({ env: { QUOTA_CLUSTERS: String(CLUSTERS + 10) }, clock });
const { clusterIds } = await seedWorkloads(t.server.store, {
  clusters: CLUSTERS,
  nodesPerCluster: 10,
  applicationsPerCluster: 1,
  containersPerApplication: 100,
  phase: 'running',
});
await t.server.settle();
const cookie = await t.signIn();

// The prerequisites, met in the store: the bench is about judging, not the upgrades' minutes.
for (const id of clusterIds) {
  const cluster = await t.server.store.resources.get<Cluster>('cluster', id);
  await t.server.store.resources.update<Cluster>('cluster', id, cluster.metadata.resourceVersion, (c) => ({
    status: {
      ...c.status,
      agentVersion: LATEST_AGENT_VERSION,
      systemServices: { ...c.status.systemServices, acsmonitoring: SYSTEM_SERVICE_VERSIONS.latest },
      ramAuthorizedAt: new Date(clock.now()).toISOString(),
    },
  }));
  const res = await t.http
    .post(`/api/v1/clusters/${id}/node-scaling-rule`)
    .set('Cookie', cookie)
    .send({
      // Bounds no figure reaches: every period is judged, none scales (which would skip the next).
      bounds: { cpu: { expansion: 100, contraction: 0 }, memory: { expansion: 100, contraction: 0 } },
      step: 1,
      min: 1,
      max: 20,
      instance: { zone: cluster.spec.zone, instanceType: 'ecs.n1.large', operatingSystem: 'Ubuntu 16.04 64-bit' },
    });
  if (res.status !== 201) throw new Error(`rule of ${id}: ${res.status} ${JSON.stringify(res.body)}`);
}

// The evaluator's own timer is stopped: each period below is judged once, by the call timed.
t.server.nodeScalingEvaluator.stop();
const times: number[] = [];
let judged = 0;
for (let p = 0; p < PERIODS; p++) {
  await t.advance(MINUTE);
  const start = performance.now();
  judged = await t.server.nodeScalingEvaluator.evaluateDue();
  times.push(performance.now() - start);
}
emit({
  bench: 'node-scaling.evaluate-per-period',
  engine: 'sqlite',
  clusters: CLUSTERS,
  runningContainers: CLUSTERS * 100,
  rulesJudgedPerPeriod: judged,
  periods: PERIODS,
  p50Ms: round(percentile(times, 50)),
  maxMs: round(Math.max(...times)),
});
await t.close();
process.exit(0);

import { ManualClock } from '@cs/simulator';
import { startTestServer } from '../src/testing/test-server.ts';
import { seedWorkloads } from './seed-workloads.ts';

const DAY = 24 * 3_600_000;
const QUOTAS = { QUOTA_CLUSTERS: '50', QUOTA_NODES_PER_CLUSTER: '500' };

export const emit = (figure: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(figure)}\n`);
export const round = (n: number) => Math.round(n * 10) / 10;
export const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))] ?? 0;

/**
 * One cluster of 200 nodes and 10,000 running containers (10 applications of 1,000), on a manual
 * clock eight days after they started, so that a week of their metrics can be shown.
 */
export async function metricsWorld() {
  const clock = new ManualClock(Date.UTC(2026, 0, 1) + 8 * DAY);
  const t = await startTestServer({ env: QUOTAS, clock });
  const ids = await seedWorkloads(t.server.store, {
    clusters: 1,
    nodesPerCluster: 200,
    applicationsPerCluster: 10,
    containersPerApplication: 1_000,
    phase: 'running',
  });
  // The deploy engine hears of the seeded containers through the change feed: let it settle first.
  await t.server.settle();
  return { t, clock, ids, cookie: await t.signIn(), clusterId: ids.clusterIds[0]! };
}

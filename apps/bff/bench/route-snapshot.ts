import { emit } from './bench-server.ts';
import { seedWorkloads } from './seed-workloads.ts';
import { startTestServer } from '../src/testing/test-server.ts';

/**
 * The cost of routing at scale: one cluster of 2,000 nodes and 100,000 running containers, every
 * service routed at its own domain. Times a route snapshot rebuild (the cluster's routed services,
 * what a workload change followed by a request costs, at most once a second per cluster), requests
 * over all 1,000 routes (each route's backend set read on its first request, then kept a second),
 * and the slowest single request: no request may hold the event loop long.
 */
const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const log = (what: string) => process.stderr.write(`${new Date().toISOString()} ${what}\n`);
const REQUESTS = 20_000;
const shape = {
  clusters: 1,
  nodesPerCluster: Math.round(2_000 * SCALE),
  applicationsPerCluster: 1_000,
  containersPerApplication: Math.round(100 * SCALE),
  phase: 'running' as const,
  routed: true,
};

const t = await startTestServer({ env: { QUOTA_NODES_PER_CLUSTER: String(2_000 * SCALE) } });
try {
  await t.advance(0);
  log('seeding');
  const { clusterIds } = await seedWorkloads(t.server.store, shape);
  log('seeded');
  const clusterId = clusterIds[0]!;
  const { routes, router } = t.server.routing;
  const rebuilds: number[] = [];
  for (let i = 0; i < 5; i++) {
    routes.invalidate(clusterId);
    const start = performance.now();
    await routes.get(clusterId);
    rebuilds.push(performance.now() - start);
  }
  rebuilds.sort((a, b) => a - b);
  log(`rebuilt: ${rebuilds.map(Math.round).join(', ')} ms`);
  const domain = (a: number) => `app0x${a}.${clusterId}.cn-hangzhou.alicontainer.com`;
  const start = performance.now();
  let answered = 0;
  let slowestMs = 0;
  for (let i = 0; i < REQUESTS; i++) {
    const requestStart = performance.now();
    const answer = await router.viaRouting(clusterId, {
      method: 'GET',
      scheme: 'http',
      host: domain((i * 7) % shape.applicationsPerCluster),
      path: '/',
      clientIp: '203.0.113.1',
      cookies: {},
    });
    slowestMs = Math.max(slowestMs, performance.now() - requestStart);
    // Half the seeded images (redis, mysql) serve no HTTP: those routes answer 502.
    if (answer.status === 200 || answer.status === 502) answered++;
  }
  const seconds = (performance.now() - start) / 1000;
  emit({
    bench: 'routing.snapshot-100k-containers',
    containers: shape.applicationsPerCluster * shape.containersPerApplication,
    routes: shape.applicationsPerCluster,
    rebuildMedianMs: Math.round(rebuilds[2]!),
    rebuildMaxMs: Math.round(rebuilds[4]!),
    requestsPerSecond: Math.round(REQUESTS / seconds),
    slowestRequestMs: Math.round(slowestMs),
    answered,
  });
} finally {
  await t.close();
}

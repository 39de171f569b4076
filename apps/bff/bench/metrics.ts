import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import type { TestServer } from '../src/testing/test-server.ts';
import { emit, metricsWorld, percentile, round } from './metrics-world.ts';

/**
 * Issue 10's monitoring figures at 10,000 running containers (SQLite), printed as JSON lines:
 * - 24 h of metrics for 100 containers, one request each (p50, p99);
 * - a cluster's 7 d (all 10,000 containers and 200 nodes aggregated), a node's 7 d, a service's
 *   comparison over 24 h, and the Prometheus exposition of the cluster;
 * - the event loop's longest stall while they are answered (no request may delay another > 100 ms).
 * Run with `pnpm --filter @cs/bff bench:metrics`.
 */
const ROUNDS = Number(process.env.BENCH_METRICS_ROUNDS ?? 20);

async function timed(t: TestServer, cookie: string, paths: string[]) {
  const stall = monitorEventLoopDelay({ resolution: 5 });
  stall.enable();
  const times: number[] = [];
  for (const path of paths) {
    const start = performance.now();
    const res = await t.http.get(path).set('Cookie', cookie);
    times.push(performance.now() - start);
    if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
  }
  stall.disable();
  return {
    requests: paths.length,
    p50Ms: round(percentile(times, 50)),
    p99Ms: round(percentile(times, 99)),
    maxMs: round(Math.max(...times)),
    longestStallMs: round(stall.max / 1e6),
  };
}

const { t, ids, cookie, clusterId } = await metricsWorld();
const running = (await t.server.store.containers.list({ clusterId, phase: 'running' }, { page: 1, pageSize: 100 }))
  .items;
const containers = running.map((c) => `/api/v1/containers/${c.metadata.id}/metrics?range=24h`);
const repeat = (path: string) => Array.from({ length: ROUNDS }, () => path);
const total = (await t.server.store.containers.list({ clusterId, phase: 'running' }, { page: 1, pageSize: 1 })).total;

emit({ bench: 'metrics.container-24h', runningContainers: total, ...(await timed(t, cookie, containers)) });
emit({
  bench: 'metrics.cluster-7d',
  runningContainers: total,
  nodes: ids.nodeIds.length,
  ...(await timed(t, cookie, repeat(`/api/v1/clusters/${clusterId}/metrics?range=7d`))),
});
emit({
  bench: 'metrics.node-7d',
  ...(await timed(t, cookie, repeat(`/api/v1/clusters/${clusterId}/nodes/${ids.nodeIds[0]}/metrics?range=7d`))),
});
emit({
  bench: 'metrics.service-24h-comparison',
  ...(await timed(t, cookie, repeat(`/api/v1/services/${ids.serviceIds[0]}/metrics?item=cpu&range=24h`))),
});
emit({
  bench: 'metrics.prometheus-exposition',
  runningContainers: total,
  ...(await timed(t, cookie, repeat(`/api/v1/clusters/${clusterId}/metrics/prometheus`))),
});
await t.close();
process.exit(0);

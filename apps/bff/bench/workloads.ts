import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { RealClock } from '@cs/simulator';
import { sql } from 'kysely';
import { loadConfig } from '../src/config.ts';
import { createServer } from '../src/server.ts';
import { TEST_DATABASE_URL, dropSchema, postgresAvailable } from '../src/testing/test-database.ts';
import { startTestServer } from '../src/testing/test-server.ts';
import type { TestServer } from '../src/testing/test-server.ts';
import { seedWorkloads } from './seed-workloads.ts';

/**
 * Issue 8's scale figures, on SQLite and (when it answers) PostgreSQL, printed as JSON lines:
 * - list p99 of every list API (a page of 100, filtered by cluster, application, service, node,
 *   status and name, deep pages too) with 100,000 containers on 2,000 nodes;
 * - the BFF's heap per container once the deploy engine holds them all;
 * - sustained container transitions per second written to the store by the engine.
 * Run with `node --expose-gc --import tsx bench/workloads.ts` (`pnpm --filter @cs/bff bench:workloads`).
 */
const SCALE = Number(process.env.BENCH_WORKLOAD_SCALE ?? 1);
const QUOTAS = { QUOTA_CLUSTERS: '50', QUOTA_NODES_PER_CLUSTER: '500' };
const LIST_ROUNDS = Number(process.env.BENCH_LIST_ROUNDS ?? 60);

const emit = (figure: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(figure)}\n`);
const gc = () => (globalThis as { gc?: () => void }).gc?.();
const heapMb = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
};

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
}

async function listLatencies(t: TestServer, cookie: string, ids: Awaited<ReturnType<typeof seedWorkloads>>) {
  const pick = <T>(items: T[], i: number) => items[i % items.length]!;
  const queries: Record<string, (i: number) => [string, Record<string, string | number>]> = {
    'containers?clusterId': (i) => ['/api/v1/containers', { clusterId: pick(ids.clusterIds, i), pageSize: 100 }],
    'containers?clusterId&page=200': (i) => [
      '/api/v1/containers',
      { clusterId: pick(ids.clusterIds, i), page: 200, pageSize: 100 },
    ],
    'containers?applicationId': (i) => [
      '/api/v1/containers',
      { applicationId: pick(ids.applicationIds, i * 7), pageSize: 100 },
    ],
    'containers?serviceId&page=5': (i) => [
      '/api/v1/containers',
      { serviceId: pick(ids.serviceIds, i * 3), page: 5, pageSize: 100 },
    ],
    'containers?nodeId': (i) => ['/api/v1/containers', { nodeId: pick(ids.nodeIds, i * 13), pageSize: 100 }],
    'containers?clusterId&status=exited': (i) => [
      '/api/v1/containers',
      { clusterId: pick(ids.clusterIds, i), status: 'exited', pageSize: 100 },
    ],
    'containers?name': (i) => ['/api/v1/containers', { name: `app${i % 4}x${i % 25}_web_1`, pageSize: 100 }],
    'services?clusterId': (i) => ['/api/v1/services', { clusterId: pick(ids.clusterIds, i), pageSize: 100 }],
    'applications?clusterId': (i) => ['/api/v1/applications', { clusterId: pick(ids.clusterIds, i), pageSize: 100 }],
    'nodes of a cluster': (i) => [`/api/v1/clusters/${pick(ids.clusterIds, i)}/nodes`, { pageSize: 100 }],
  };
  const results: Record<string, { p50Ms: number; p99Ms: number; maxMs: number }> = {};
  for (const [name, query] of Object.entries(queries)) {
    const times: number[] = [];
    for (let i = 0; i < LIST_ROUNDS; i++) {
      const [path, params] = query(i);
      const start = performance.now();
      const res = await t.http.get(path).query(params).set('Cookie', cookie);
      times.push(performance.now() - start);
      if (res.status !== 200) throw new Error(`${name}: ${res.status} ${JSON.stringify(res.body)}`);
    }
    results[name] = {
      p50Ms: round(percentile(times, 50)),
      p99Ms: round(percentile(times, 99)),
      maxMs: round(Math.max(...times)),
    };
  }
  return results;
}

const round = (n: number) => Math.round(n * 10) / 10;

async function listsAndHeap(engine: 'sqlite' | 'postgres') {
  const shape = {
    clusters: 4,
    nodesPerCluster: 500 * SCALE,
    applicationsPerCluster: 25,
    containersPerApplication: 1_000 * SCALE,
    phase: 'running' as const,
  };
  const empty = await startTestServer({ engine, env: QUOTAS });
  await empty.advance(0);
  const heapEmpty = heapMb();
  const seedStart = performance.now();
  const ids = await seedWorkloads(empty.server.store, shape);
  const seedMs = performance.now() - seedStart;
  // What autovacuum does after a bulk load: fresh statistics and visibility, or PostgreSQL reads
  // every heap row an offset or a count skips.
  if (engine === 'postgres')
    await sql`vacuum analyze containers, resources, changes, container_counts`.execute(empty.server.store.database.db);
  const t = await empty.restart();
  const cookie = await t.signIn();
  await t.server.settle();
  const containers = await t.server.store.containers.total();
  const heapFull = heapMb();
  emit({
    bench: 'workloads.heap-per-container',
    engine,
    containers,
    heapEmptyMb: round(heapEmpty),
    heapMb: round(heapFull),
    bytesPerContainer: Math.round(((heapFull - heapEmpty) * 1024 * 1024) / containers),
    aimBytes: 4096,
  });
  emit({ bench: 'workloads.seed', engine, containers, nodes: ids.nodeIds.length, seedMs: Math.round(seedMs) });
  const latencies = await listLatencies(t, cookie, ids);
  const worst = Math.max(...Object.values(latencies).map((l) => l.p99Ms));
  emit({
    bench: 'workloads.list-p99',
    engine,
    containers,
    rounds: LIST_ROUNDS,
    worstP99Ms: worst,
    aimMs: 50,
    lists: latencies,
  });
  await t.close();
}

/**
 * The engine pulls, creates and starts the seeded containers on a clock 200x real time, so every
 * step is due at once and the engine works at full speed; each step is one container write (and a
 * change) in the store. Counts the changes written until every container runs.
 */
async function transitions(engine: 'sqlite' | 'postgres') {
  const shape = {
    clusters: 1,
    nodesPerCluster: 200,
    applicationsPerCluster: 20,
    containersPerApplication: 1_000 * SCALE,
    phase: 'pulling' as const,
  };
  const dataDir = mkdtempSync(join(tmpdir(), 'cs-bench-'));
  const schema = `bench_${randomBytes(6).toString('hex')}`;
  // Given a data folder and schema, the test server keeps them when it closes.
  const seeding = await startTestServer({ engine, env: QUOTAS, dataDir, schema });
  await seedWorkloads(seeding.server.store, shape);
  await seeding.close();
  const config = loadConfig({
    DATA_DIR: dataDir,
    LOG_LEVEL: 'error',
    ...QUOTAS,
    ...(engine === 'postgres' ? { DATABASE_URL: TEST_DATABASE_URL } : {}),
  });
  const before = performance.now();
  const server = await createServer(config, {
    clock: new RealClock(200),
    databaseSchema: engine === 'postgres' ? schema : undefined,
    analysis: { size: 1 },
  });
  const startedAt = await server.store.resources.latestChangeId();
  // The seeded containers, and one of each of the five system services on every node.
  const total = shape.applicationsPerCluster * shape.containersPerApplication + shape.nodesPerCluster * 5;
  let running = 0;
  while (running < total) {
    await new Promise((r) => setTimeout(r, 250));
    running = (await server.store.containers.list({ phase: 'running' }, { page: 1, pageSize: 1 })).total;
    if (performance.now() - before > 300_000) break;
  }
  const seconds = (performance.now() - before) / 1000;
  const changes = (await server.store.resources.latestChangeId()) - startedAt;
  emit({
    bench: 'workloads.transitions-per-second',
    engine,
    containers: total,
    running,
    changesWritten: changes,
    seconds: round(seconds),
    perSecond: Math.round(changes / seconds),
    aim: 1_000,
  });
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
  if (engine === 'postgres') await dropSchema(schema);
}

const engines: ('sqlite' | 'postgres')[] = ['sqlite', ...((await postgresAvailable()) ? (['postgres'] as const) : [])];
for (const engine of engines) {
  await transitions(engine);
  await listsAndHeap(engine);
}
process.exit(0);

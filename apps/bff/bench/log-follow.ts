import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, get } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { RealClock } from '@cs/simulator';
import { loadConfig } from '../src/config.ts';
import { createServer } from '../src/server.ts';
import { startTestServer } from '../src/testing/test-server.ts';
import { seedWorkloads } from './seed-workloads.ts';

/**
 * Issue 10's log follow figure, printed as JSON lines: with 10,000 running containers in the
 * account, follow one application's log (50 nginx containers, the most one follow reads) over
 * Server-Sent Events for a minute, simulated time sped up (`BENCH_LOG_SPEED`, default 50) until
 * together they write about 1,000 lines a second; report the lines received per second and the
 * server's memory at the start and the end (bounded: it must not grow with the lines sent).
 * Run with `node --expose-gc --import tsx bench/log-follow.ts` (`pnpm --filter @cs/bff bench:logs`).
 */
const SPEED = Number(process.env.BENCH_LOG_SPEED ?? 50);
const SECONDS = Number(process.env.BENCH_LOG_SECONDS ?? 60);
const PASSWORD = 'Bench-admin-pass1';

const emit = (figure: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(figure)}\n`);
const gc = () => (globalThis as { gc?: () => void }).gc?.();
const memory = () => {
  gc();
  gc();
  const { rss, heapUsed } = process.memoryUsage();
  return { rssMb: Math.round(rss / 1024 / 1024), heapMb: Math.round(heapUsed / 1024 / 1024) };
};

const shape = {
  clusters: 1,
  nodesPerCluster: 200,
  applicationsPerCluster: 200,
  containersPerApplication: 50,
  phase: 'running' as const,
};
const QUOTAS = { QUOTA_CLUSTERS: '50', QUOTA_NODES_PER_CLUSTER: '500' };
const dataDir = mkdtempSync(join(tmpdir(), 'cs-bench-logs-'));
const seeding = await startTestServer({ env: QUOTAS, dataDir });
const ids = await seedWorkloads(seeding.server.store, shape);
await seeding.close();

const server = await createServer(
  loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'error', DOCKER_ENDPOINTS: 'off', ...QUOTAS }),
  {
    clock: new RealClock(SPEED),
    analysis: { size: 1 },
  },
);
await server.auth.ensureAdmin(PASSWORD);
const listener = createHttpServer(server.app);
await once(listener.listen(0, '127.0.0.1'), 'listening');
const origin = `http://127.0.0.1:${(listener.address() as AddressInfo).port}`;
const signIn = await fetch(`${origin}/api/v1/session`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ username: 'admin', password: PASSWORD }),
});
const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
const running = (await server.store.containers.list({ phase: 'running' }, { page: 1, pageSize: 1 })).total;
// The first application's image is nginx: an access log line per visitor.
const applicationId = ids.applicationIds[0]!;

const start = memory();
let lines = 0;
let batches = 0;
let bytes = 0;
let firstBatchLines = 0;
let truncated = 0;
const perSecond: number[] = [];
const follow = get(
  `${origin}/api/v1/applications/${applicationId}/logs/stream?tail=100`,
  { headers: { cookie, accept: 'text/event-stream' } },
  (res) => {
    let buffer = '';
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => {
      bytes += chunk.length;
      buffer += chunk;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const message = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = /^data: (.*)$/m.exec(message)?.[1];
        if (!data) continue;
        const batch = JSON.parse(data) as { lines: unknown[]; truncated: boolean };
        if (batches++ === 0) firstBatchLines = batch.lines.length;
        else lines += batch.lines.length;
        if (batch.truncated) truncated++;
      }
    });
  },
);
const began = performance.now();
let counted = 0;
for (let s = 1; s <= SECONDS; s++) {
  await new Promise((r) => setTimeout(r, 1_000));
  perSecond.push(lines - counted);
  counted = lines;
}
const seconds = (performance.now() - began) / 1000;
const end = memory();
follow.destroy();
const sorted = [...perSecond].sort((a, b) => a - b);
emit({
  bench: 'logs.follow-lines-per-second',
  runningContainers: running,
  containersFollowed: shape.containersPerApplication,
  simSpeed: SPEED,
  seconds: Math.round(seconds),
  tailLines: firstBatchLines,
  linesReceived: lines,
  linesPerSecond: Math.round(lines / seconds),
  slowestSecond: sorted[0],
  batches,
  truncatedBatches: truncated,
  megabytesReceived: Math.round(bytes / 1024 / 1024),
  aim: 1_000,
});
emit({
  bench: 'logs.follow-server-memory',
  rssMbStart: start.rssMb,
  rssMbEnd: end.rssMb,
  heapMbStart: start.heapMb,
  heapMbEnd: end.heapMb,
  heapGrowthMb: end.heapMb - start.heapMb,
});
listener.close();
listener.closeAllConnections();
await server.close();
rmSync(dataDir, { recursive: true, force: true });
process.exit(0);

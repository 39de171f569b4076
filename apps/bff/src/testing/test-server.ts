import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createServer as createHttpServer } from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { ManualClock } from '@cs/simulator';
import { loadConfig } from '../config.ts';
import type { AnalysisPoolOptions } from '../analysis/analysis-pool.ts';
import { createLogger } from '../logging/logger.ts';
import type { LogFields } from '../logging/logger.ts';
import { createServer } from '../server.ts';
import type { AlarmMetricSource } from '../services/alarms/alarm-metric-source.ts';
import type { Server } from '../server.ts';
import { TEST_DATABASE_URL, dropSchema } from './test-database.ts';

export const ADMIN_PASSWORD = 'Admin-pass-1';
/** Cheap scrypt for tests: the cost parameters are not what is under test. */
const TEST_SCRYPT = { N: 1024, r: 8, p: 1 };

export interface TestServer {
  server: Server;
  clock: ManualClock;
  http: ReturnType<typeof request>;
  /** Log lines the server wrote, parsed. */
  logs: LogFields[];
  /** The server's origin on a free loopback port, also its PUBLIC_URL (for clients that are not supertest: curl, EventSource). */
  listen(): Promise<string>;
  /** Signs in as admin and returns the session cookie. */
  signIn(): Promise<string>;
  /** Moves simulated time, letting the simulator and change feed keep up. */
  advance(ms: number): Promise<void>;
  /** Stops the server, keeping its data; `restart` opens a new one on it. */
  restart(): Promise<TestServer>;
  close(): Promise<void>;
}

/** The real server (store, simulator, HTTP app) on a temporary store and a manual clock. */
export async function startTestServer(
  options: {
    engine?: 'sqlite' | 'postgres';
    dataDir?: string;
    schema?: string;
    clock?: ManualClock;
    /** More environment for loadConfig (CONSOLE_DIST, PUBLIC_URL, …). */
    env?: Record<string, string>;
    /** The template analysis pool; by default one worker, started when a test first needs it. */
    analysis?: AnalysisPoolOptions;
    /** How long a Docker request waits for the simulated cloud. */
    dockerWaitBudgetMs?: number;
    /** The statistics alarm rules are judged by. */
    alarmMetrics?: AlarmMetricSource;
    /** The Web Terminal's idle timeout and session re-check. */
    terminal?: { idleMs?: number; sessionCheckMs?: number };
  } = {},
): Promise<TestServer> {
  const engine = options.engine ?? 'sqlite';
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'cs-api-'));
  const schema = options.schema ?? `test_${randomBytes(6).toString('hex')}`;
  const clock = options.clock ?? new ManualClock();
  const logs: LogFields[] = [];
  // Bound before the server exists, so its PUBLIC_URL can be where it really listens.
  const listener = createHttpServer();
  await once(listener.listen(0, '127.0.0.1'), 'listening');
  const origin = `http://127.0.0.1:${(listener.address() as AddressInfo).port}`;
  const server = await createServer(
    loadConfig({
      DATA_DIR: dataDir,
      ...(engine === 'postgres' ? { DATABASE_URL: TEST_DATABASE_URL } : {}),
      LOG_LEVEL: 'debug',
      PUBLIC_URL: origin,
      // The Docker endpoints' tests turn them on; elsewhere a TLS server per cluster would only cost.
      DOCKER_ENDPOINTS: 'off',
      SLB_LISTENERS: 'off',
      ...options.env,
    }),
    {
      clock,
      logger: createLogger('debug', (line) => logs.push(JSON.parse(line) as LogFields)),
      auth: { scryptCost: TEST_SCRYPT },
      databaseSchema: engine === 'postgres' ? schema : undefined,
      analysis: { size: 1, ...options.analysis },
      dockerWaitBudgetMs: options.dockerWaitBudgetMs,
      alarmMetrics: options.alarmMetrics,
      terminal: options.terminal,
    },
  ).catch((error: unknown) => {
    listener.close();
    throw error;
  });
  await server.auth.ensureAdmin(ADMIN_PASSWORD);
  const http = request(server.app);
  listener.on('request', server.app);
  listener.on('upgrade', server.handleUpgrade);
  const stopListening = () => {
    listener.close();
    listener.closeAllConnections();
  };

  const self: TestServer = {
    server,
    clock,
    http,
    logs,
    async listen() {
      return origin;
    },
    async signIn() {
      const res = await http.post('/api/v1/session').send({ username: 'admin', password: ADMIN_PASSWORD }).expect(200);
      const cookie = res.get('set-cookie')?.[0];
      if (!cookie) throw new Error('sign-in set no cookie');
      return cookie.split(';')[0]!;
    },
    async advance(ms) {
      await server.settle();
      await clock.advance(ms, () => server.settle());
    },
    async restart() {
      stopListening();
      await server.close();
      return startTestServer({ ...options, engine, dataDir, schema, clock });
    },
    async close() {
      stopListening();
      await server.close();
      if (options.dataDir) return;
      rmSync(dataDir, { recursive: true, force: true });
      if (engine === 'postgres') await dropSchema(schema);
    },
  };
  return self;
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Server as Server_ } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { ManualClock } from '@cs/simulator';
import { loadConfig } from '../config.ts';
import { createLogger } from '../logging/logger.ts';
import type { LogFields } from '../logging/logger.ts';
import { createServer } from '../server.ts';
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
  /** Listens on a free loopback port (for clients that are not supertest: curl, EventSource). */
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
  options: { engine?: 'sqlite' | 'postgres'; dataDir?: string; schema?: string; clock?: ManualClock } = {},
): Promise<TestServer> {
  const engine = options.engine ?? 'sqlite';
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'cs-api-'));
  const schema = options.schema ?? `test_${randomBytes(6).toString('hex')}`;
  const clock = options.clock ?? new ManualClock();
  const logs: LogFields[] = [];
  const config = loadConfig({
    DATA_DIR: dataDir,
    ...(engine === 'postgres' ? { DATABASE_URL: TEST_DATABASE_URL } : {}),
    LOG_LEVEL: 'debug',
  });
  const server = await createServer(config, {
    clock,
    logger: createLogger('debug', (line) => logs.push(JSON.parse(line) as LogFields)),
    auth: { scryptCost: TEST_SCRYPT },
    databaseSchema: engine === 'postgres' ? schema : undefined,
  });
  await server.auth.ensureAdmin(ADMIN_PASSWORD);
  const http = request(server.app);
  const listeners: Server_[] = [];

  const self: TestServer = {
    server,
    clock,
    http,
    logs,
    async listen() {
      const listener = server.app.listen(0, '127.0.0.1');
      await new Promise((resolve) => listener.once('listening', resolve));
      listeners.push(listener);
      return `http://127.0.0.1:${(listener.address() as AddressInfo).port}`;
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
      listeners.splice(0).forEach((l) => l.close());
      await server.close();
      return startTestServer({ engine, dataDir, schema, clock });
    },
    async close() {
      listeners.splice(0).forEach((l) => l.close());
      await server.close();
      if (options.dataDir) return;
      rmSync(dataDir, { recursive: true, force: true });
      if (engine === 'postgres') await dropSchema(schema);
    },
  };
  return self;
}

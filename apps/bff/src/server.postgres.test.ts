import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '@cs/simulator';
import { dropSchema, postgresAvailable } from './testing/test-database.ts';
import { startTestServer } from './testing/test-server.ts';
import type { TestServer } from './testing/test-server.ts';

const hasPostgres = await postgresAvailable();
const MINUTE = 60_000;

describe.skipIf(!hasPostgres)('the server on PostgreSQL', () => {
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const started: TestServer[] = [];
  const start = async (clock = new ManualClock()) => {
    const server = await startTestServer({ engine: 'postgres', schema, clock });
    started.push(server);
    return server;
  };
  afterEach(async () => {
    for (const server of started.splice(0)) await server.close();
    await dropSchema(schema);
  });

  it('takes a cluster to Running, and resumes it after a restart', async () => {
    let t = await start();
    const cookie = await t.signIn();
    const { body } = await t.http
      .post('/api/v1/clusters')
      .set('Cookie', cookie)
      .send({ name: 'pg-cluster', region: 'cn-beijing', zone: 'cn-beijing-a', networkType: 'classic', nodes: null })
      .expect(201);
    await t.advance(5_000);
    t = await t.restart();
    started.splice(0, started.length, t);
    await t.advance(5 * MINUTE);
    const res = await t.http
      .get(`/api/v1/clusters/${body.metadata.id}`)
      .set('Cookie', await t.signIn())
      .expect(200);
    expect(res.body.status.phase).toBe('Inactive');
  });

  it('runs the simulated cloud on exactly one of two replicas sharing the database', async () => {
    const clock = new ManualClock();
    const a = await start(clock);
    const b = await start(clock);
    expect([a.server.simulation.leading, b.server.simulation.leading]).toEqual([true, false]);

    const { body } = await b.http
      .post('/api/v1/clusters')
      .set('Cookie', await b.signIn())
      .send({ name: 'shared', region: 'cn-beijing', zone: 'cn-beijing-a', networkType: 'classic', nodes: null })
      .expect(201);
    // Replica a learns of b's write by polling the changes table.
    await expect
      .poll(() => a.server.feed.position, { timeout: 5_000 })
      .toBeGreaterThanOrEqual(body.metadata.resourceVersion);
    await a.advance(5 * MINUTE);
    const seenByB = await b.http
      .get(`/api/v1/clusters/${body.metadata.id}`)
      .set('Cookie', await b.signIn())
      .expect(200);
    expect(seenByB.body.status.phase).toBe('Inactive');
  });
});

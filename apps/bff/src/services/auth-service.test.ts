import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dropSchema, postgresAvailable } from '../testing/test-database.ts';
import { startTestServer } from '../testing/test-server.ts';
import type { TestServer } from '../testing/test-server.ts';
import { SESSION_FRESH_MS } from './auth-service.ts';

const hasPostgres = await postgresAvailable();

describe('session checks', () => {
  const started: TestServer[] = [];
  afterEach(async () => {
    for (const t of started.splice(0)) await t.close();
  });
  const start = async (options: Parameters<typeof startTestServer>[0] = {}) => {
    const t = await startTestServer(options);
    started.push(t);
    return t;
  };

  it('look a busy session up in the store once a second, not once a request', async () => {
    const t = await start();
    const cookie = await t.signIn();
    const lookups = vi.spyOn(t.server.store.sessions, 'findValid');
    for (let i = 0; i < 20; i++) await t.http.get('/api/v1/session').set('Cookie', cookie).expect(200);
    expect(lookups).toHaveBeenCalledTimes(1);
  });

  it('end at once on this replica on sign-out, also with lookups running while it signs out', async () => {
    const t = await start();
    const cookie = await t.signIn();
    await t.http.get('/api/v1/session').set('Cookie', cookie).expect(200);
    const during = Array.from({ length: 5 }, () =>
      t.http
        .get('/api/v1/session')
        .set('Cookie', cookie)
        .then((r) => r.status),
    );
    await t.http.delete('/api/v1/session').set('Cookie', cookie).expect(204);
    await Promise.all(during);
    await t.http.get('/api/v1/session').set('Cookie', cookie).expect(401);
    await t.http.get('/api/v1/clusters').set('Cookie', cookie).expect(401);
  });

  describe.skipIf(!hasPostgres)('on two replicas sharing PostgreSQL', () => {
    const schema = `test_${randomBytes(6).toString('hex')}`;
    afterEach(async () => {
      for (const t of started.splice(0)) await t.close();
      await dropSchema(schema);
    });

    it('stop on the other replica within a second of signing out on one', async () => {
      const a = await start({ engine: 'postgres', schema });
      const b = await start({ engine: 'postgres', schema });
      const cookie = await a.signIn();
      await b.http.get('/api/v1/session').set('Cookie', cookie).expect(200);

      await a.http.delete('/api/v1/session').set('Cookie', cookie).expect(204);
      const signedOut = performance.now();
      await a.http.get('/api/v1/session').set('Cookie', cookie).expect(401);
      await expect
        .poll(async () => (await b.http.get('/api/v1/session').set('Cookie', cookie)).status, {
          timeout: 3_000,
          interval: 50,
        })
        .toBe(401);
      // The freshness window, and slack for the requests of a loaded machine.
      expect(performance.now() - signedOut).toBeLessThan(SESSION_FRESH_MS + 750);
    });
  });
});

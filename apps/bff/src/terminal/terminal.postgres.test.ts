import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContainerDto } from '@cs/contracts';
import { postgresAvailable } from '../testing/test-database.ts';
import { startTestServer } from '../testing/test-server.ts';
import type { TestServer } from '../testing/test-server.ts';
import { deployCrossHost } from './cross-host.fixture.ts';

const hasPostgres = await postgresAvailable();

describe.skipIf(!hasPostgres)('the Web Terminal on PostgreSQL', () => {
  let t: TestServer;
  let cookie: string;
  let containers: { first: ContainerDto; second: ContainerDto; rest: ContainerDto };

  beforeAll(async () => {
    t = await startTestServer({ engine: 'postgres' });
    cookie = await t.signIn();
    containers = await deployCrossHost(t, cookie);
  });
  afterAll(() => t.close());

  it('resolves peers by address, name, hostname, link alias and routing domain', async () => {
    const { first, second, rest } = containers;
    const names = [second.status.containerIp, second.metadata.name, 'xxserver', 'rest', 'restserver.local'];
    const res = await t.http
      .post(`/api/v1/containers/${first.metadata.id}/exec`)
      .set('Cookie', cookie)
      .send({ command: `getent hosts ${names.join(' ')}` })
      .expect(200);
    const addresses = [second, second, second, rest, rest].map((c) => c.status.containerIp);
    expect(res.body.output).toBe(names.map((name, i) => `${addresses[i]!.padEnd(15)} ${name}\n`).join(''));
    expect(res.body.exitCode).toBe(0);
  });
});

import { afterAll, beforeAll, expect, it } from 'vitest';
import type { VolumeList } from '@cs/contracts';
import { MINUTE, createReadyCluster } from '../../testing/cluster-fixtures.ts';
import { startTestServer } from '../../testing/test-server.ts';
import type { TestServer } from '../../testing/test-server.ts';

const CONTAINERS = 100_000;
let t: TestServer;
let cookie: string;
beforeAll(async () => {
  t = await startTestServer();
  cookie = await t.signIn();
});
afterAll(() => t.close());

it('pages the Data Volume List of a cluster of 100,000 containers in SQL', { timeout: 120_000 }, async () => {
  const clusterId = await createReadyCluster(t, cookie, { quantity: 2 });
  const api = t.http;
  await api
    .post('/api/v1/volumes')
    .set('Cookie', cookie)
    .send({
      clusterId,
      name: 'test',
      accessKeyId: 'LTAI4Gexample',
      accessKeySecret: 'secret0123',
      bucket: 'volumetest',
    })
    .expect(201);
  const template = "web:\n  image: nginx\n  volumes:\n    - 'test:/testvolume'\n    - 'cache:/cache'\n";
  await api.post('/api/v1/applications').set('Cookie', cookie).send({ clusterId, name: 'big', template }).expect(201);
  await t.advance(MINUTE);

  // Copies of the one container, spread over both nodes, written straight into the table.
  const db = t.server.store.database.db;
  const [row] = await db
    .selectFrom('containers')
    .selectAll()
    .where('cluster_id', '=', clusterId)
    .where('name', '=', 'big_web_1')
    .execute();
  const nodes = (
    await db.selectFrom('resources').select('id').where('scope', '=', clusterId).where('kind', '=', 'node').execute()
  ).map((n) => n.id);
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < CONTAINERS; i += 1_000) {
      const batch = Array.from({ length: 1_000 }, (_, j) => {
        const n = i + j + 2;
        return {
          ...row!,
          id: `bulk${String(n).padStart(8, '0')}`,
          name: `big_web_${n}`,
          sort_key: `big/web/${String(n).padStart(6, '0')}`,
          node_id: nodes[n % 2]!,
        };
      });
      await trx.insertInto('containers').values(batch).execute();
    }
  });

  const started = performance.now();
  const res = await api.get('/api/v1/volumes').set('Cookie', cookie).query({ clusterId }).expect(200);
  const elapsed = performance.now() - started;
  const list = res.body as VolumeList;
  expect(list.total).toBe(4);
  expect(list.items.map((r) => [r.driver, r.name])).toEqual([
    ['ossfs', 'test'],
    ['ossfs', 'test'],
    ['local', 'cache'],
    ['local', 'cache'],
  ]);
  expect(list.items.reduce((sum, r) => sum + r.containerCount, 0)).toBe(2 * (CONTAINERS + 1));
  expect(list.items.every((r) => r.containers.length === 10)).toBe(true);
  // Generous for a loaded two-core machine; reading every container's JSON takes many seconds.
  expect(elapsed).toBeLessThan(3_000);
});

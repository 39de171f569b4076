import { afterEach, describe, expect, it } from 'vitest';
import { ClusterSchema, QuotasSchema } from '@cs/contracts';
import { MINUTE, NODE_PASSWORD, createReadyCluster } from '../testing/cluster-fixtures.ts';
import { startTestServer } from '../testing/test-server.ts';
import type { TestServer } from '../testing/test-server.ts';

const RAISED = { QUOTA_CLUSTERS: '50', QUOTA_NODES_PER_CLUSTER: '500' };

const cluster = (name: string, quantity: number | null) => ({
  name,
  region: 'cn-hangzhou',
  zone: 'cn-hangzhou-b',
  networkType: 'classic',
  nodes: quantity && {
    quantity,
    instanceType: 'ecs.n1.small',
    operatingSystem: 'Ubuntu 16.04 64-bit',
    ...NODE_PASSWORD,
  },
});

const expansion = (quantity: number) => ({
  quantity,
  zone: 'cn-hangzhou-b',
  instanceType: 'ecs.n1.small',
  operatingSystem: 'Ubuntu 16.04 64-bit',
  ...NODE_PASSWORD,
});

describe('quotas API', () => {
  let t: TestServer;
  let cookie: string;
  const start = async (env?: Record<string, string>) => {
    t = await startTestServer({ env });
    cookie = await t.signIn();
  };
  afterEach(async () => {
    await t.close();
  });

  const create = (body: object) => t.http.post('/api/v1/clusters').set('Cookie', cookie).send(body);
  const expand = (id: string, quantity: number) =>
    t.http.post(`/api/v1/clusters/${id}/expand`).set('Cookie', cookie).send(expansion(quantity));

  it("answers the guide's quotas by default, and only with a session", async () => {
    await start();
    await t.http.get('/api/v1/quotas').expect(401);
    const res = await t.http.get('/api/v1/quotas').set('Cookie', cookie).expect(200);
    expect(QuotasSchema.parse(res.body)).toEqual({ clusters: 5, nodesPerCluster: 20 });
  });

  it('answers QUOTA_CLUSTERS and QUOTA_NODES_PER_CLUSTER', async () => {
    await start(RAISED);
    const res = await t.http.get('/api/v1/quotas').set('Cookie', cookie).expect(200);
    expect(res.body).toEqual({ clusters: 50, nodesPerCluster: 500 });
  });

  it('creates and expands a cluster past 20 nodes under a raised quota, up to its room', async () => {
    await start(RAISED);
    const id = await createReadyCluster(t, cookie, { quantity: 30 });
    expect((await expand(id, 40).expect(202)).body.status.phase).toBe('Scaling');
    await t.advance(5 * MINUTE);
    const res = await t.http.get(`/api/v1/clusters/${id}`).set('Cookie', cookie).expect(200);
    expect(ClusterSchema.parse(res.body).status).toMatchObject({ phase: 'Running', nodeCount: 70 });
    expect((await expand(id, 431).expect(400)).body.fieldErrors).toEqual([
      {
        field: 'quantity',
        message: 'A cluster can contain up to 500 nodes; this one has 70, so at most 430 more can be added.',
      },
    ]);
  });

  it('refuses to create a cluster of more nodes than the raised quota, naming the field and the number', async () => {
    await start(RAISED);
    await create(cluster('largest', 500)).expect(201);
    const res = await create(cluster('too-big', 501)).expect(400);
    expect(res.body.fieldErrors).toEqual([
      { field: 'nodes.quantity', message: 'Each cluster can contain up to 500 ECS instances.' },
    ]);
  });

  it('refuses the cluster after QUOTA_CLUSTERS with the configured numbers', async () => {
    await start(RAISED);
    for (let i = 1; i <= 50; i++) await create(cluster(`c${i}`, null)).expect(201);
    const res = await create(cluster('c51', null)).expect(409);
    expect(res.body.detail).toBe('You can create up to 50 clusters and can add up to 500 nodes in each cluster.');
  });

  it('keeps every request bounded whatever the quota', async () => {
    await start(RAISED);
    const res = await create(cluster('huge', 5001)).expect(400);
    expect(res.body.fieldErrors).toEqual([
      { field: 'nodes.quantity', message: 'Each cluster can contain up to 5000 ECS instances.' },
    ]);
  });
});

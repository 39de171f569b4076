import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FaultListSchema } from '@cs/contracts';
import { MINUTE, NODE_PASSWORD, createReadyCluster } from '../testing/cluster-fixtures.ts';
import { startTestServer } from '../testing/test-server.ts';
import type { TestServer } from '../testing/test-server.ts';

describe('fault injection API', () => {
  let t: TestServer;
  let cookie: string;
  beforeEach(async () => {
    t = await startTestServer();
    cookie = await t.signIn();
  });
  afterEach(async () => {
    await t.close();
  });

  const arm = (body: object) => t.http.post('/api/v1/simulation/faults').set('Cookie', cookie).send(body);
  const faults = async () =>
    FaultListSchema.parse((await t.http.get('/api/v1/simulation/faults').set('Cookie', cookie).expect(200)).body).items;
  const cluster = async (id: string) =>
    (await t.http.get(`/api/v1/clusters/${id}`).set('Cookie', cookie).expect(200)).body;

  it('fails the next cluster creation at the chosen step, with the message, then is used up', async () => {
    await arm({
      targetKind: 'cluster',
      step: 'InstancesReady',
      message: 'The zone has no stock of ecs.n1.small.',
    }).expect(201);
    const { body } = await t.http
      .post('/api/v1/clusters')
      .set('Cookie', cookie)
      .send({
        name: 'doomed',
        region: 'cn-hangzhou',
        zone: 'cn-hangzhou-b',
        networkType: 'classic',
        nodes: { quantity: 1, instanceType: 'ecs.n1.small', operatingSystem: 'CentOS 7.0 64-bit', ...NODE_PASSWORD },
      })
      .expect(201);
    await t.advance(5 * MINUTE);
    expect((await cluster(body.metadata.id)).status).toMatchObject({
      phase: 'Failed',
      reason: 'The zone has no stock of ecs.n1.small.',
    });
    expect(await faults()).toEqual([]);
    const events = await t.server.store.events.listForCluster(body.metadata.id, { page: 1, pageSize: 20 });
    expect(events.items[0]).toMatchObject({ level: 'Error', reason: 'InstancesReadyFailed' });
  });

  it('fails a snapshot so the Docker upgrade waits for Continue', async () => {
    const id = await createReadyCluster(t, cookie);
    await t.http.post(`/api/v1/clusters/${id}/upgrade-agent`).set('Cookie', cookie).send({}).expect(202);
    await t.advance(3 * MINUTE);
    await arm({ targetKind: 'cluster', targetId: id, step: 'SnapshotTaken' }).expect(201);
    await t.http
      .post(`/api/v1/clusters/${id}/upgrade-docker`)
      .set('Cookie', cookie)
      .send({ mode: 'snapshot' })
      .expect(202);
    await t.advance(10 * MINUTE);
    const waiting = await cluster(id);
    expect(waiting.status.phase).toBe('Updating');
    expect(waiting.status.conditions).toContainEqual(
      expect.objectContaining({ type: 'SnapshotFailed', status: 'True' }),
    );
    await t.http
      .post(`/api/v1/clusters/${id}/upgrade-docker/decision`)
      .set('Cookie', cookie)
      .send({ decision: 'continue' })
      .expect(200);
    await t.advance(5 * MINUTE);
    expect((await cluster(id)).status).toMatchObject({ phase: 'Running', dockerVersion: '17.06.2-ce' });
  });

  it('fails a node reset, which leaves the node Normal with the reason', async () => {
    const id = await createReadyCluster(t, cookie);
    const nodes = (await t.http.get(`/api/v1/clusters/${id}/nodes`).set('Cookie', cookie)).body.items;
    await arm({ targetKind: 'node', targetId: nodes[0].metadata.id, step: 'SystemDiskReplaced', count: 1 }).expect(201);
    await t.http
      .post(`/api/v1/clusters/${id}/nodes/${nodes[0].metadata.id}/reset`)
      .set('Cookie', cookie)
      .send(NODE_PASSWORD)
      .expect(202);
    await t.advance(5 * MINUTE);
    const node = (await t.http.get(`/api/v1/clusters/${id}/nodes/${nodes[0].metadata.id}`).set('Cookie', cookie)).body;
    expect(node.status).toMatchObject({
      phase: 'Normal',
      reason: 'Failed to replace the system disk: the instance did not stop.',
    });
  });

  it.each([
    [{ targetKind: 'volcano' }, 'targetKind'],
    [{ targetKind: 'cluster', step: 'Teleport' }, 'step'],
    [{ targetKind: 'node', count: 0 }, 'count'],
  ])('refuses %j naming %s', async (body, field) => {
    const res = await arm(body).expect(400);
    expect(res.body.fieldErrors[0].field).toBe(field);
  });

  it('refuses a fault aimed at a cluster that does not exist, and disarms an armed one', async () => {
    await arm({ targetKind: 'cluster', targetId: 'c-nope' }).expect(404);
    const armed = await arm({ targetKind: 'node', count: 3 }).expect(201);
    expect((await faults()).map((f) => f.spec.count)).toEqual([3]);
    await t.http.delete(`/api/v1/simulation/faults/${armed.body.metadata.id}`).set('Cookie', cookie).expect(204);
    expect(await faults()).toEqual([]);
  });
});

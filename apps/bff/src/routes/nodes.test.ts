import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClusterSchema, InstanceListSchema, NodeListSchema } from '@cs/contracts';
import { MINUTE, NODE_PASSWORD, createReadyCluster } from '../testing/cluster-fixtures.ts';
import { startTestServer } from '../testing/test-server.ts';
import type { TestServer } from '../testing/test-server.ts';

describe('nodes API', () => {
  let t: TestServer;
  let cookie: string;
  let clusterId: string;
  beforeEach(async () => {
    t = await startTestServer();
    cookie = await t.signIn();
    clusterId = await createReadyCluster(t, cookie);
  });
  afterEach(async () => {
    await t.close();
  });

  const nodes = async () =>
    NodeListSchema.parse(
      (await t.http.get(`/api/v1/clusters/${clusterId}/nodes`).set('Cookie', cookie).expect(200)).body,
    ).items;

  it("lists the cluster's nodes in index order with the node list's columns", async () => {
    const list = await nodes();
    expect(list.map((n) => n.metadata.name)).toEqual([`${clusterId}-node1`, `${clusterId}-node2`]);
    expect(list[0]).toMatchObject({
      spec: {
        instanceId: expect.stringMatching(/^i-bp1/),
        instanceType: 'ecs.n1.small',
        operatingSystem: 'Ubuntu 16.04 64-bit',
        chargeType: 'PayAsYouGo',
        origin: 'created',
      },
      status: {
        phase: 'Normal',
        // One container of each default system service runs on every node.
        containerCount: 5,
        cpu: 1,
        memoryGiB: 2,
        dockerVersion: '17.03.1-ce',
        agentVersion: '0.9-093100b',
        privateIp: expect.stringMatching(/^10\./),
      },
    });
  });

  it('removes a node with migration: Removing, then gone, its instance free for another cluster', async () => {
    const [first] = await nodes();
    const res = await t.http
      .delete(`/api/v1/clusters/${clusterId}/nodes/${first!.metadata.id}?migrateContainers=true`)
      .set('Cookie', cookie)
      .expect(202);
    expect(res.body.status.phase).toBe('Removing');
    await t.http.delete(`/api/v1/clusters/${clusterId}/nodes/${first!.metadata.id}`).set('Cookie', cookie).expect(409);
    await t.advance(2 * MINUTE);
    expect((await nodes()).map((n) => n.spec.index)).toEqual([2]);
    const free = InstanceListSchema.parse(
      (await t.http.get('/api/v1/instances?available=true&region=cn-hangzhou').set('Cookie', cookie)).body,
    );
    expect(free.items.map((i) => i.metadata.id)).toContain(first!.metadata.id);
    const cluster = await t.http.get(`/api/v1/clusters/${clusterId}`).set('Cookie', cookie);
    expect(cluster.body.status.nodeCount).toBe(1);
  });

  it('shows the cluster Scaling while nodes are removed: Running with nodes left, Inactive without', async () => {
    const phase = async () =>
      ClusterSchema.parse((await t.http.get(`/api/v1/clusters/${clusterId}`).set('Cookie', cookie)).body).status;
    const removeNode = (id: string) => t.http.delete(`/api/v1/clusters/${clusterId}/nodes/${id}`).set('Cookie', cookie);
    const [first, second] = await nodes();
    await removeNode(first!.metadata.id).expect(202);
    expect(await phase()).toMatchObject({ phase: 'Scaling', nodeCount: 2 });
    const busy = await removeNode(second!.metadata.id).expect(409);
    expect(busy.body.detail).toMatch(/^The cluster is Scaling;/);
    await t.advance(2 * MINUTE);
    expect(await phase()).toMatchObject({ phase: 'Running', nodeCount: 1 });

    await removeNode(second!.metadata.id).expect(202);
    expect((await phase()).phase).toBe('Scaling');
    await t.advance(2 * MINUTE);
    expect(await phase()).toMatchObject({ phase: 'Inactive', nodeCount: 0, nodeHealth: 'No node status' });
    const events = await t.server.store.events.listForCluster(clusterId, { page: 1, pageSize: 1 });
    expect(events.items[0]?.message).toMatch(/has no node left: it is Inactive, waiting to add nodes\./);
  });

  it('resets a node after checking the password, and it comes back Normal', async () => {
    const [first] = await nodes();
    const path = `/api/v1/clusters/${clusterId}/nodes/${first!.metadata.id}/reset`;
    const weak = await t.http
      .post(path)
      .set('Cookie', cookie)
      .send({ password: 'weak', confirmPassword: 'weak' })
      .expect(400);
    expect(weak.body.fieldErrors).toEqual([
      { field: 'password', message: 'The password should be 8-30 characters long.' },
    ]);
    const mismatch = await t.http
      .post(path)
      .set('Cookie', cookie)
      .send({ ...NODE_PASSWORD, confirmPassword: 'Other-pass-12' })
      .expect(400);
    expect(mismatch.body.fieldErrors).toEqual([{ field: 'confirmPassword', message: 'The passwords do not match.' }]);
    expect(
      (
        await t.http
          .post(path)
          .set('Cookie', cookie)
          .send({ ...NODE_PASSWORD, migrateContainers: true })
          .expect(202)
      ).body.status.phase,
    ).toBe('Resetting');
    await t.advance(5 * MINUTE);
    expect((await nodes())[0]?.status).toMatchObject({ phase: 'Normal', reason: null });
  });

  it('gets one node', async () => {
    const [first] = await nodes();
    const res = await t.http
      .get(`/api/v1/clusters/${clusterId}/nodes/${first!.metadata.id}`)
      .set('Cookie', cookie)
      .expect(200);
    expect(res.body).toEqual(first);
  });

  it('answers 404 for a node of another cluster or none', async () => {
    await t.http.delete(`/api/v1/clusters/${clusterId}/nodes/i-nope`).set('Cookie', cookie).expect(404);
    await t.http.get('/api/v1/clusters/c-nope/nodes').set('Cookie', cookie).expect(404);
  });

  it('adds a user tag to the selected nodes and deletes it again', async () => {
    const ids = (await nodes()).map((n) => n.metadata.id);
    const added = await t.http
      .post(`/api/v1/clusters/${clusterId}/tags`)
      .set('Cookie', cookie)
      .send({ nodeIds: ids, tag: { key: 'group', value: '1' } })
      .expect(200);
    expect(added.body.items.map((n: { spec: { tags: object } }) => n.spec.tags)).toEqual([
      { group: '1' },
      { group: '1' },
    ]);
    await t.http
      .post(`/api/v1/clusters/${clusterId}/tags/delete`)
      .set('Cookie', cookie)
      .send({ nodeIds: [ids[0]], key: 'group' })
      .expect(200);
    expect((await nodes()).map((n) => n.spec.tags)).toEqual([{}, { group: '1' }]);
    const events = await t.server.store.events.listForCluster(clusterId, { page: 1, pageSize: 5 });
    expect(events.items[0]?.message).toBe(`Delete user tag group on ${clusterId}-node1 completed.`);
  });

  it.each([
    [{ nodeIds: [], tag: { key: 'group', value: '1' } }, 'nodeIds', 'Select at least one node.'],
    [
      { nodeIds: ['x'], tag: { key: 'bad key', value: '1' } },
      'tag.key',
      expect.stringMatching(/^The tag key should be 1-63 characters/),
    ],
    [
      { nodeIds: ['x'], tag: { key: 'aliyun.scale', value: '1' } },
      'tag.key',
      'Tag keys starting with aliyun. are reserved.',
    ],
    [
      { nodeIds: ['x'], tag: { key: 'group', value: '' } },
      'tag.value',
      expect.stringMatching(/^The tag value should be 1-128 characters/),
    ],
    [
      { nodeIds: ['i-elsewhere'], tag: { key: 'group', value: '1' } },
      'nodeIds',
      'Node i-elsewhere is not in this cluster.',
    ],
  ])('refuses the tag request %j naming %s', async (body, field, message) => {
    const res = await t.http.post(`/api/v1/clusters/${clusterId}/tags`).set('Cookie', cookie).send(body).expect(400);
    expect(res.body.fieldErrors).toContainEqual({ field, message });
  });

  it('lists the seeded ECS instances by region, network and availability', async () => {
    const res = await t.http
      .get('/api/v1/instances?region=cn-hangzhou&networkType=classic&available=true')
      .set('Cookie', cookie)
      .expect(200);
    const list = InstanceListSchema.parse(res.body);
    expect(list.items.map((i) => i.metadata.name)).toEqual(['batch-worker', 'web-server-01', 'web-server-02']);
    expect(list.items.every((i) => i.status.clusterId === null)).toBe(true);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClusterListSchema, ClusterSchema, EventListSchema } from '@cs/contracts';
import { startTestServer } from '../testing/test-server.ts';
import type { TestServer } from '../testing/test-server.ts';

const MINUTE = 60_000;

const validRequest = (overrides: Record<string, unknown> = {}) => ({
  name: 'routing-test-online',
  region: 'cn-hangzhou',
  zone: 'cn-hangzhou-b',
  networkType: 'vpc',
  vpc: { vpcId: 'vpc-bp1659u1p811058ea3npd', vswitchId: 'vsw-bp1kqhfcl2tj1oq3yxmd8', containerCidr: '172.18.0.0/16' },
  nodes: {
    quantity: 2,
    instanceType: 'ecs.n1.small',
    operatingSystem: 'Ubuntu 16.04 64-bit',
    password: 'Secret-pass1',
    confirmPassword: 'Secret-pass1',
  },
  createSlb: true,
  ...overrides,
});

describe('clusters API', () => {
  let t: TestServer;
  let cookie: string;
  beforeEach(async () => {
    t = await startTestServer();
    cookie = await t.signIn();
  });
  afterEach(async () => {
    await t.close();
  });

  const create = (body: unknown) =>
    t.http
      .post('/api/v1/clusters')
      .set('Cookie', cookie)
      .send(body as object);
  const get = (id: string) => t.http.get(`/api/v1/clusters/${id}`).set('Cookie', cookie);

  it('creates a cluster in Initial, never returning the logon password', async () => {
    const res = await create(validRequest()).expect(201);
    const cluster = ClusterSchema.parse(res.body);
    expect(cluster.metadata.id).toMatch(/^c[0-9a-f]{32}$/);
    expect(cluster.status.phase).toBe('Initial');
    expect(res.get('location')).toBe(`/api/v1/clusters/${cluster.metadata.id}`);
    expect(JSON.stringify(res.body)).not.toContain('Secret-pass1');
    const rows = await t.server.store.database.db.selectFrom('resources').select(['spec', 'status']).execute();
    expect(JSON.stringify(rows)).not.toContain('Secret-pass1');
  });

  it('takes a cluster with nodes from Initial to Running on the simulated clock, logging each step', async () => {
    const { body } = await create(validRequest()).expect(201);
    await t.advance(MINUTE);
    expect((await get(body.metadata.id)).body.status.phase).toBe('Initial');
    await t.advance(4 * MINUTE);
    const running = ClusterSchema.parse((await get(body.metadata.id)).body);
    expect(running.status).toMatchObject({
      phase: 'Running',
      nodeCount: 2,
      nodeHealth: 'Healthy',
      dockerVersion: '17.03.1-ce',
    });
    const listed = ClusterListSchema.parse((await t.http.get('/api/v1/clusters').set('Cookie', cookie)).body);
    expect(listed.items[0]?.status).toMatchObject({ nodeCount: 2, nodeHealth: 'Healthy' });

    const events = EventListSchema.parse(
      (await t.http.get(`/api/v1/clusters/${body.metadata.id}/events`).set('Cookie', cookie)).body,
    );
    expect(events.items.map((e) => e.reason).reverse()).toEqual([
      'ClusterCreating',
      'NetworkReady',
      'SecurityGroupReady',
      'LoadBalancerReady',
      'InstancesReady',
      'DockerReady',
      'AgentReady',
      'ClusterCreated',
    ]);
    expect(events.items[0]?.message).toBe('Create cluster routing-test-online completed.');
  });

  it('leaves a zero-node cluster Inactive', async () => {
    const { body } = await create(
      validRequest({ name: 'empty', networkType: 'classic', vpc: null, nodes: null }),
    ).expect(201);
    await t.advance(5 * MINUTE);
    expect((await get(body.metadata.id)).body.status).toMatchObject({
      phase: 'Inactive',
      nodeCount: 0,
      nodeHealth: 'No node status',
    });
  });

  it('resumes a cluster left Initial by a restart and brings it to Running', async () => {
    const { body } = await create(validRequest()).expect(201);
    await t.advance(30_000);
    t = await t.restart();
    cookie = await t.signIn();
    expect((await get(body.metadata.id)).body.status.phase).toBe('Initial');
    await t.advance(5 * MINUTE);
    expect((await get(body.metadata.id)).body.status.phase).toBe('Running');
  });

  it.each([
    [{ name: '' }, 'name', /^The cluster name should be 1-64 characters long/],
    [{ name: 'a'.repeat(65) }, 'name', /1-64 characters/],
    [{ name: 'under_score' }, 'name', /numbers, Chinese characters, English letters and hyphens/],
    [{ region: 'mars-1' }, 'region', /^Select a region\.$/],
    [{ zone: 'cn-beijing-a' }, 'zone', /^Select a zone of China East 1 \(Hangzhou\)\.$/],
    [{ networkType: 'token-ring' }, 'networkType', /Classic or VPC/],
    [{ vpc: null }, 'vpc', /needs a VPC/],
    [{ vpc: { vpcId: 'v', vswitchId: 's', containerCidr: '172.18.0.0' } }, 'vpc.containerCidr', /CIDR block/],
    [{ networkType: 'classic' }, 'vpc', /Classic cluster takes no VPC/],
    [
      {
        vpc: {
          vpcId: 'vpc-2zeg8eu2lm6xz1lq6bs1s',
          vswitchId: 'vsw-2zedpzdt3uu0l2gd0ok0x',
          containerCidr: '172.18.0.0/16',
        },
      },
      'vpc.vpcId',
      /^Select a VPC of the region\.$/,
    ],
    [
      {
        vpc: {
          vpcId: 'vpc-bp1659u1p811058ea3npd',
          vswitchId: 'vsw-bp1t2qaqlzb6dpk7bz0mv',
          containerCidr: '172.18.0.0/16',
        },
      },
      'vpc.vswitchId',
      /^The VSwitch is in cn-hangzhou-d; select one in cn-hangzhou-b\.$/,
    ],
    [
      {
        vpc: {
          vpcId: 'vpc-bp1659u1p811058ea3npd',
          vswitchId: 'vsw-bp1kqhfcl2tj1oq3yxmd8',
          containerCidr: '192.168.0.0/16',
        },
      },
      'vpc.containerCidr',
      /^The container subnet segment should not conflict with the virtual machine segment: 192\.168\.0\.0\/16 overlaps VSwitch vsw-bp1kqhfcl2tj1oq3yxmd8 \(192\.168\.1\.0\/24, cn-hangzhou-b\)\.$/,
    ],
    [
      // Expand into cn-hangzhou-d gives new nodes addresses of this VSwitch.
      {
        vpc: {
          vpcId: 'vpc-bp1659u1p811058ea3npd',
          vswitchId: 'vsw-bp1kqhfcl2tj1oq3yxmd8',
          containerCidr: '192.168.2.0/24',
        },
      },
      'vpc.containerCidr',
      /: 192\.168\.2\.0\/24 overlaps VSwitch vsw-bp1t2qaqlzb6dpk7bz0mv \(192\.168\.2\.0\/24, cn-hangzhou-d\)\.$/,
    ],
  ])('refuses %j naming the field %s', async (overrides, field, message) => {
    const res = await create(validRequest(overrides)).expect(400);
    expect(res.body.fieldErrors).toContainEqual({ field, message: expect.stringMatching(message) });
  });

  it.each([
    [{ quantity: 0 }, 'nodes.quantity', 'Add at least 1 instance.'],
    [{ quantity: 21 }, 'nodes.quantity', 'Each cluster can contain up to 20 ECS instances.'],
    [{ instanceType: 'ecs.huge' }, 'nodes.instanceType', 'Select an instance type.'],
    [
      { password: 'short1A', confirmPassword: 'short1A' },
      'nodes.password',
      'The password should be 8-30 characters long.',
    ],
    [
      { password: 'alllowercase1', confirmPassword: 'alllowercase1' },
      'nodes.password',
      expect.stringContaining('three types'),
    ],
    [
      { password: 'Has"quote1', confirmPassword: 'Has"quote1' },
      'nodes.password',
      'The password cannot contain \\ or ".',
    ],
    [{ confirmPassword: 'Other-pass1' }, 'nodes.confirmPassword', 'The passwords do not match.'],
  ])('refuses nodes %j naming %s', async (nodeOverrides, field, message) => {
    const nodes = { ...validRequest().nodes, ...nodeOverrides };
    const res = await create(validRequest({ nodes })).expect(400);
    expect(res.body.fieldErrors).toContainEqual({ field, message });
  });

  it('accepts the boundaries: 1 and 20 nodes, a 64-character Chinese-and-Latin name', async () => {
    await create(
      validRequest({ name: '集群'.repeat(31) + 'ab', nodes: { ...validRequest().nodes, quantity: 1 } }),
    ).expect(201);
    await create(validRequest({ name: 'twenty', nodes: { ...validRequest().nodes, quantity: 20 } })).expect(201);
  });

  it('refuses a name already used in the region with 409, and allows it in another region', async () => {
    await create(validRequest()).expect(201);
    const res = await create(validRequest()).expect(409);
    expect(res.body.detail).toBe('A cluster named routing-test-online already exists in China East 1 (Hangzhou).');
    await create(
      validRequest({ region: 'cn-beijing', zone: 'cn-beijing-a', networkType: 'classic', vpc: null }),
    ).expect(201);
  });

  it('refuses a sixth cluster with the quota message', async () => {
    for (let i = 1; i <= 5; i++) await create(validRequest({ name: `c${i}` })).expect(201);
    const res = await create(validRequest({ name: 'c6' })).expect(409);
    expect(res.body.detail).toBe('You can create up to 5 clusters and can add up to 20 nodes in each cluster.');
  });

  it('searches by a case-insensitive name fragment and pages', async () => {
    for (const name of ['routing-test-online', 'web-prod', 'Routing-2'])
      await create(validRequest({ name })).expect(201);
    const res = await t.http.get('/api/v1/clusters?name=ROUT&pageSize=1').set('Cookie', cookie).expect(200);
    const list = ClusterListSchema.parse(res.body);
    expect(list.total).toBe(2);
    expect(list.items).toHaveLength(1);
    await t.http.get('/api/v1/clusters?pageSize=1000').set('Cookie', cookie).expect(400);
  });

  it('refuses to delete a cluster still Initial, saying why', async () => {
    const { body } = await create(validRequest()).expect(201);
    const res = await t.http.delete(`/api/v1/clusters/${body.metadata.id}`).set('Cookie', cookie).expect(409);
    expect(res.body.detail).toMatch(/^The cluster is Initial; delete is only possible when it is/);
  });

  it('deletes a Running cluster keeping its SLB: Deleting, then gone', async () => {
    const { body } = await create(validRequest()).expect(201);
    await t.advance(5 * MINUTE);
    const res = await t.http
      .delete(`/api/v1/clusters/${body.metadata.id}?keepSlb=true`)
      .set('Cookie', cookie)
      .expect(202);
    expect(res.body.status.phase).toBe('Deleting');
    expect(res.body.spec.deletion).toEqual({ keepSlb: true });
    await t.advance(2 * MINUTE);
    await get(body.metadata.id).expect(404);
    const events = await t.server.store.events.listForCluster(body.metadata.id, { page: 1, pageSize: 50 });
    const reasons = events.items.map((e) => e.reason);
    expect(reasons).toContain('InstancesReleased');
    expect(reasons).not.toContain('LoadBalancerReleased');
    expect(reasons[0]).toBe('ClusterDeleted');
  });

  it('answers 404 for an unknown cluster and 400 for a bad keepSlb', async () => {
    const res = await get('c-missing').expect(404);
    expect(res.body.detail).toBe('cluster c-missing does not exist.');
    const { body } = await create(validRequest()).expect(201);
    const bad = await t.http
      .delete(`/api/v1/clusters/${body.metadata.id}?keepSlb=maybe`)
      .set('Cookie', cookie)
      .expect(400);
    expect(bad.body.fieldErrors[0].field).toBe('keepSlb');
  });

  it('counts clusters by phase on the overview', async () => {
    await create(validRequest()).expect(201);
    await create(validRequest({ name: 'empty', networkType: 'classic', vpc: null, nodes: null })).expect(201);
    const before = await t.http.get('/api/v1/overview').set('Cookie', cookie).expect(200);
    expect(before.body.clusters).toEqual({ total: 2, byPhase: { Initial: 2 } });
    await t.advance(5 * MINUTE);
    const after = await t.http.get('/api/v1/overview').set('Cookie', cookie).expect(200);
    expect(after.body).toEqual({
      clusters: { total: 2, byPhase: { Running: 1, Inactive: 1 } },
      nodes: 2,
      applications: 0,
      services: 0,
      containers: 0,
    });
  });
});

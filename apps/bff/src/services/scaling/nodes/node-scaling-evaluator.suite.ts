import { afterEach, beforeEach, expect, it } from 'vitest';
import type { ClusterDto, ContainerList, EventDto, MetricsDto, NodeDto, NodeList, RdsInstanceDto } from '@cs/contracts';
import { rdsInstancesIn } from '@cs/domain';
import { MINUTE, NODE_PASSWORD, createReadyCluster } from '../../../testing/cluster-fixtures.ts';
import { meetNodeScalingPrerequisites, nodeScalingRule } from '../../../testing/node-scaling-fixtures.ts';
import { startTestServer } from '../../../testing/test-server.ts';
import type { TestServer } from '../../../testing/test-server.ts';

const RDS = rdsInstancesIn('cn-hangzhou')[0]!;
const WEB = 'web:\n  image: nginx:1.10\n  labels:\n    aliyun.scale: "12"\n';

/** Node auto scaling on a manual clock, through the API, on either engine. */
export function nodeScalingSuite(engine: 'sqlite' | 'postgres'): void {
  let t: TestServer;
  let cookie: string;
  let clusterId: string;

  beforeEach(async () => {
    t = await startTestServer({ engine });
    cookie = await t.signIn();
  });
  afterEach(() => t.close());

  const api = (method: 'get' | 'post' | 'put' | 'delete', path: string) =>
    t.http[method](`/api/v1${path}`).set('Cookie', cookie);
  const cluster = async () => (await api('get', `/clusters/${clusterId}`).expect(200)).body as ClusterDto;
  const nodes = async () => ((await api('get', `/clusters/${clusterId}/nodes`).expect(200)).body as NodeList).items;
  const scalingEvents = async () =>
    ((await api('get', `/clusters/${clusterId}/events`).query({ pageSize: 100 }).expect(200)).body.items as EventDto[])
      .filter((e) => e.reason.startsWith('NodeAutoScaling'))
      .map((e) => e.message);
  const containersOn = async () => {
    const list = (await api('get', '/containers').query({ clusterId, pageSize: 100 }).expect(200))
      .body as ContainerList;
    const byNode = new Map<string, number>();
    // The application's containers: the system services' go with their node.
    for (const c of list.items.filter((c) => c.status.phase === 'running' && c.spec.applicationName === 'shop'))
      byNode.set(c.spec.nodeId, (byNode.get(c.spec.nodeId) ?? 0) + 1);
    return byNode;
  };
  /** The guide's label that lets node contraction remove a manually added node. */
  const tagReschedule = (nodeId: string) =>
    api('post', `/clusters/${clusterId}/tags`)
      .send({ nodeIds: [nodeId], tag: { key: 'aliyun.reschedule', value: 'true' } })
      .expect(200);
  /** Moves to just past the next minute boundary, where a period starts. */
  const toNextPeriod = async () => t.advance(MINUTE - (t.clock.now() % MINUTE));

  async function readyCluster(quantity: number): Promise<void> {
    clusterId = await createReadyCluster(t, cookie, { quantity });
    await api('post', '/applications').send({ clusterId, name: 'shop', template: WEB }).expect(201);
    await t.advance(5 * MINUTE);
    await meetNodeScalingPrerequisites(t, cookie, clusterId);
  }

  it('expands after three periods over the bound (not two), by Pay-As-You-Go nodes of the rule, never above the Max (a step of 2 adds 1 here)', async () => {
    await readyCluster(2);
    const web = ((await api('get', '/containers').query({ clusterId }).expect(200)).body as ContainerList).items[0]!;
    await toNextPeriod();
    await api('post', '/simulation/load-spikes')
      .send({ serviceId: web.spec.serviceId, factor: 20, minutes: 60 })
      .expect(201);
    await t.advance(MINUTE);
    const metrics = (await api('get', `/clusters/${clusterId}/metrics`).expect(200)).body as MetricsDto;
    const lastMinute = metrics.series
      .find((s) => s.item === 'cpu')!
      .points.slice(-6)
      .map(([, v]) => v!);
    const cpu = lastMinute.reduce((a, b) => a + b, 0) / lastMinute.length;
    expect(cpu).toBeGreaterThan(55);

    await toNextPeriod();
    await api('post', `/clusters/${clusterId}/node-scaling-rule`)
      .send(
        nodeScalingRule({
          bounds: { cpu: { expansion: 50, contraction: 0 } },
          step: 2,
          max: 3,
          rdsInstanceIds: [RDS.id],
          instance: { zone: 'cn-hangzhou-d', instanceType: 'ecs.n1.medium', operatingSystem: 'CentOS 7.0 64-bit' },
        }),
      )
      .expect(201);
    await t.advance(2 * MINUTE);
    expect((await cluster()).spec.operation).toBeNull();
    expect(await scalingEvents()).toEqual([]);

    await t.advance(MINUTE);
    const scaling = await cluster();
    expect(scaling.status.phase).toBe('Scaling');
    expect(scaling.spec.operation).toMatchObject({
      kind: 'expand',
      quantity: 1,
      zone: 'cn-hangzhou-d',
      instanceType: 'ecs.n1.medium',
    });
    const [event] = await scalingEvents();
    expect(event).toMatch(/^Node auto scaling: cluster CPU average \d+% > 50% for 3 periods: add 1 node\.$/);
    // The average judged is the Monitor page's figure of that minute: a share of all cores.
    const judged = Number(/average (\d+)%/.exec(event!)![1]);
    expect(judged).toBeGreaterThan(50);
    expect(Math.abs(judged - cpu)).toBeLessThan(10);

    await t.advance(5 * MINUTE);
    const after = await nodes();
    expect(after).toHaveLength(3);
    const added = after.find((n) => n.spec.autoScaled)!;
    expect(added.spec).toMatchObject({
      chargeType: 'PayAsYouGo',
      instanceType: 'ecs.n1.medium',
      zone: 'cn-hangzhou-d',
      operatingSystem: 'CentOS 7.0 64-bit',
    });
    expect(after.filter((n) => n.spec.autoScaled)).toHaveLength(1);

    // Still over, but at the Max: no further expansion.
    await t.advance(10 * MINUTE);
    expect(await nodes()).toHaveLength(3);
    expect(await scalingEvents()).toHaveLength(1);
    // The new node's IP is on the chosen RDS instance's white list.
    const rds = (await api('get', '/rds-instances').query({ region: 'cn-hangzhou' }).expect(200)).body
      .items as RdsInstanceDto[];
    expect(rds.find((i) => i.id === RDS.id)!.whitelist).toEqual([added.status.privateIp]);
    expect(rds.find((i) => i.id !== RDS.id)!.whitelist).toEqual([]);
  });

  it('contracts only eligible nodes, migrating their containers first, never below the Min', async () => {
    await readyCluster(4);
    const all = await nodes();
    const tagged = all.find((n) => n.spec.index === 4)!;
    await tagReschedule(tagged.metadata.id);
    const before = await containersOn();
    expect(before.get(tagged.metadata.id)).toBeGreaterThan(0);
    const total = [...before.values()].reduce((a, b) => a + b, 0);

    await toNextPeriod();
    await api('post', `/clusters/${clusterId}/node-scaling-rule`)
      .send(nodeScalingRule({ bounds: { cpu: { expansion: 90, contraction: 50 } }, min: 2 }))
      .expect(201);
    await t.advance(3 * MINUTE);
    const removing = (await nodes()).find((n) => n.metadata.id === tagged.metadata.id)!;
    expect(removing.status.phase).toBe('Removing');
    expect(removing.spec.operation).toEqual({ kind: 'remove', migrateContainers: true });
    expect((await nodes()).filter((n) => n.status.phase === 'Removing')).toHaveLength(1);
    expect((await scalingEvents())[0]).toMatch(
      /cluster CPU average \d+% < 50% for 3 periods: remove 1 node\. Remove node4 /,
    );

    await t.advance(5 * MINUTE);
    const left = await nodes();
    expect(left.map((n) => n.spec.index)).toEqual([1, 2, 3]);
    const moved = await containersOn();
    expect(moved.has(tagged.metadata.id)).toBe(false);
    expect([...moved.values()].reduce((a, b) => a + b, 0)).toBe(total);

    // Nodes 1-3 were created with the cluster and carry no tag: none may go.
    await t.advance(5 * MINUTE);
    expect((await nodes()).map((n) => n.spec.index)).toEqual([1, 2, 3]);
    expect((await scalingEvents()).some((m) => m.includes('No node can be removed'))).toBe(true);
  });

  it('never contracts below the Min, and skips the periods while the cluster is Scaling', async () => {
    await readyCluster(2);
    const [first] = await nodes();
    await tagReschedule(first!.metadata.id);
    await toNextPeriod();
    await api('post', `/clusters/${clusterId}/node-scaling-rule`)
      .send(nodeScalingRule({ bounds: { cpu: { expansion: 90, contraction: 50 } }, min: 2 }))
      .expect(201);
    await t.advance(2 * MINUTE);
    const counters = async () => (await t.server.store.scalingCounters.of([clusterId])).get(clusterId)!;
    expect((await counters()).under).toBe(2);
    await api('post', `/clusters/${clusterId}/expand`)
      .send({
        quantity: 1,
        zone: 'cn-hangzhou-b',
        instanceType: 'ecs.n1.small',
        operatingSystem: 'Ubuntu 16.04 64-bit',
        ...NODE_PASSWORD,
      })
      .expect(202);
    await t.advance(MINUTE);
    expect((await cluster()).status.phase).toBe('Scaling');
    const skipped = await counters();
    expect(skipped.under).toBe(2);
    expect(skipped.judgedTo).toBe(Math.floor(t.clock.now() / MINUTE) * MINUTE);
    await t.advance(4 * MINUTE);
    expect((await cluster()).status.phase).toBe('Running');
    // Three nodes, the tagged one may go: the count went on from 2 once Running again.
    const contractions = (await scalingEvents()).filter((m) => m.includes('remove 1 node'));
    expect(contractions).toHaveLength(1);
    expect(contractions[0]).toContain(first!.metadata.id);
    await t.advance(10 * MINUTE);
    const left = await nodes();
    expect(left).toHaveLength(2);
    expect(left.map((n) => n.metadata.id)).not.toContain(first!.metadata.id);
    await t.advance(5 * MINUTE);
    expect(await nodes()).toHaveLength(2);
  });

  it('carries the consecutive periods over a restart, from the store', async () => {
    await readyCluster(3);
    const third: NodeDto = (await nodes()).find((n) => n.spec.index === 3)!;
    await tagReschedule(third.metadata.id);
    await toNextPeriod();
    await api('post', `/clusters/${clusterId}/node-scaling-rule`)
      .send(nodeScalingRule({ bounds: { cpu: { expansion: 90, contraction: 50 } }, min: 2 }))
      .expect(201);
    await t.advance(2 * MINUTE);
    t = await t.restart();
    cookie = await t.signIn();
    expect((await t.server.store.scalingCounters.of([clusterId])).get(clusterId)!.under).toBe(2);
    await t.advance(MINUTE);
    expect((await nodes()).find((n) => n.metadata.id === third.metadata.id)!.status.phase).toBe('Removing');
  });

  it('lets a node scaling rule go with its deleted cluster', async () => {
    clusterId = await createReadyCluster(t, cookie, { quantity: 1 });
    await meetNodeScalingPrerequisites(t, cookie, clusterId);
    await api('post', `/clusters/${clusterId}/node-scaling-rule`)
      .send(nodeScalingRule({ min: 1 }))
      .expect(201);
    await api('delete', `/clusters/${clusterId}`).expect(202);
    await t.advance(5 * MINUTE);
    await api('get', `/clusters/${clusterId}`).expect(404);
    await t.advance(MINUTE);
    expect(await t.server.store.resources.listAll('node-scaling-rule')).toEqual([]);
  });
}

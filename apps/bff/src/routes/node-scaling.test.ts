import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ClusterDto,
  NodeScalingAlarmRuleList,
  NodeScalingPrerequisitesDto,
  NodeScalingRuleDto,
  RdsInstanceDto,
} from '@cs/contracts';
import { NODE_SCALING_PREREQUISITES, RAM_NOT_ACTIVATED, rdsInstancesIn } from '@cs/domain';
import { createReadyCluster } from '../testing/cluster-fixtures.ts';
import { meetNodeScalingPrerequisites, nodeScalingRule } from '../testing/node-scaling-fixtures.ts';
import { startTestServer } from '../testing/test-server.ts';
import type { TestServer } from '../testing/test-server.ts';

describe('node scaling rules, their prerequisites and RAM authorization', () => {
  let t: TestServer;
  let cookie: string;
  let clusterId: string;
  let fresh: string;

  beforeAll(async () => {
    t = await startTestServer();
    cookie = await t.signIn();
    clusterId = await createReadyCluster(t, cookie, { name: 'scaled' });
    fresh = await createReadyCluster(t, cookie, { name: 'fresh' });
  });
  afterAll(() => t.close());

  const api = (method: 'get' | 'post' | 'put' | 'delete', path: string) =>
    t.http[method](`/api/v1${path}`).set('Cookie', cookie);
  const rulePath = (id: string) => `/clusters/${id}/node-scaling-rule`;

  it('refuses a rule with the guide messages of the prerequisites not met', async () => {
    const prerequisites = (await api('get', `/clusters/${fresh}/node-scaling-prerequisites`).expect(200))
      .body as NodeScalingPrerequisitesDto;
    expect(prerequisites.ready).toBe(false);
    expect(prerequisites.items.map((i) => [i.key, i.met])).toEqual([
      ['agent', false],
      ['acsmonitoring', false],
      ['ram-authorization', false],
    ]);
    const res = await api('post', rulePath(fresh)).send(nodeScalingRule()).expect(409);
    expect(res.type).toBe('application/problem+json');
    expect(res.body.detail).toContain(NODE_SCALING_PREREQUISITES.agent);
    expect(res.body.detail).toContain(NODE_SCALING_PREREQUISITES.acsmonitoring);
    expect(res.body.detail).toContain(NODE_SCALING_PREREQUISITES['ram-authorization']);
  });

  it('refuses Update RAM Authorization Information while the RAM service is not activated', async () => {
    expect((await api('get', '/simulation/ram-service').expect(200)).body).toEqual({ activated: true });
    await api('put', '/simulation/ram-service').send({ activated: false }).expect(200);
    const refused = await api('post', `/clusters/${fresh}/update-ram-authorization`).send({}).expect(409);
    expect(refused.body.detail).toBe(RAM_NOT_ACTIVATED);
    await api('put', '/simulation/ram-service').send({ activated: true }).expect(200);
    const cluster = (await api('post', `/clusters/${fresh}/update-ram-authorization`).send({}).expect(200))
      .body as ClusterDto;
    expect(cluster.status.ramAuthorizedAt).toEqual(expect.any(String));
    const events = (await api('get', `/clusters/${fresh}/events`).expect(200)).body.items as { message: string }[];
    expect(events.map((e) => e.message)).toContain('Update RAM authorization information of cluster fresh completed.');
    await api('put', '/simulation/ram-service').send({ activated: 'yes' }).expect(400);
  });

  it('validates the bounds, step and range with the guide messages, naming each field', async () => {
    const res = await api('post', rulePath(clusterId))
      .send(
        nodeScalingRule({
          bounds: { cpu: { expansion: 40, contraction: 10 }, memory: { expansion: 60, contraction: 40 } },
          step: 6,
          min: 5,
          max: 3,
        }),
      )
      .expect(400);
    const fields = Object.fromEntries(
      (res.body.fieldErrors as { field: string; message: string }[]).map((f) => [f.field, f.message]),
    );
    expect(fields['bounds.cpu.expansion']).toBe('The range of the Expansion Condition is 50%~100%.');
    expect(fields['bounds.memory.expansion']).toContain('must be at least 30% higher than the Contraction Condition');
    expect(fields.step).toBe('The range of the Expansion Step is 1~5.');
    expect(fields.max).toBe('The Max Number of Cluster Nodes must not be less than the Min Number of Cluster Nodes.');
    const noMetric = await api('post', rulePath(clusterId))
      .send(nodeScalingRule({ bounds: {} }))
      .expect(400);
    expect(noMetric.body.fieldErrors[0]).toEqual({
      field: 'bounds',
      message: 'Set the CPU or the memory utilization.',
    });
  });

  it('creates one rule per cluster, modifies it with its version and deletes it', async () => {
    await meetNodeScalingPrerequisites(t, cookie, clusterId);
    expect(((await api('get', rulePath(clusterId)).expect(200)).body as { rule: null }).rule).toBeNull();
    const [rds] = rdsInstancesIn('cn-hangzhou');
    const badZone = await api('post', rulePath(clusterId))
      .send(
        nodeScalingRule({
          instance: { ...nodeScalingRule().instance, zone: 'cn-beijing-a' },
          rdsInstanceIds: ['rm-x'],
        }),
      )
      .expect(400);
    expect(badZone.body.fieldErrors.map((f: { field: string }) => f.field)).toEqual([
      'instance.zone',
      'rdsInstanceIds',
    ]);
    const tooMany = await api('post', rulePath(clusterId))
      .send(nodeScalingRule({ max: 21 }))
      .expect(400);
    expect(tooMany.body.fieldErrors[0].field).toBe('max');

    const created = (
      await api('post', rulePath(clusterId))
        .send(nodeScalingRule({ rdsInstanceIds: [rds!.id] }))
        .expect(201)
    ).body as NodeScalingRuleDto;
    expect(created.spec.policy).toEqual({
      bounds: { cpu: { expansion: 70, contraction: 10 } },
      step: 1,
      contractionStep: 1,
      min: 2,
      max: 10,
    });
    const second = await api('post', rulePath(clusterId)).send(nodeScalingRule()).expect(409);
    expect(second.body.detail).toBe('The cluster already has a node scaling rule: modify or delete it.');

    const modified = (
      await api('put', rulePath(clusterId))
        .send({ rule: nodeScalingRule({ step: 2, max: 6 }), resourceVersion: created.metadata.resourceVersion })
        .expect(200)
    ).body as NodeScalingRuleDto;
    expect(modified.spec.policy.step).toBe(2);
    await api('put', rulePath(clusterId))
      .send({ rule: nodeScalingRule(), resourceVersion: created.metadata.resourceVersion })
      .expect(409);
    await api('put', rulePath(clusterId)).send({ rule: nodeScalingRule() }).expect(400);

    const alarms = (await api('get', `/clusters/${clusterId}/node-scaling-alarm-rules`).expect(200))
      .body as NodeScalingAlarmRuleList;
    expect(alarms.authorized).toBe(true);
    expect(alarms.items.map((a) => [a.monitorItem, a.description, a.periods, a.notificationObject, a.enabled])).toEqual(
      [
        [
          'CPU usage',
          'If the CPU usage mean > 70% for 3 consecutive periods, add 2 node(s), up to 6 nodes.',
          '1 minute',
          'Cloud account alarm contacts',
          true,
        ],
        [
          'CPU usage',
          'If the CPU usage mean < 10% for 3 consecutive periods, remove 1 node, down to 2 nodes.',
          '1 minute',
          'Cloud account alarm contacts',
          true,
        ],
      ],
    );
    const toggled = (
      await api('put', `/clusters/${clusterId}/node-scaling-alarm-rules/contract`)
        .send({ enabled: false, resourceVersion: alarms.items[1]!.resourceVersion })
        .expect(200)
    ).body as NodeScalingAlarmRuleList;
    expect(toggled.items.map((a) => a.enabled)).toEqual([true, false]);
    await api('put', `/clusters/${clusterId}/node-scaling-alarm-rules/sideways`)
      .send({ enabled: false, resourceVersion: 1 })
      .expect(400);

    const listed = (await api('get', '/rds-instances').query({ region: 'cn-hangzhou' }).expect(200)).body as {
      items: RdsInstanceDto[];
    };
    expect(listed.items.map((i) => i.id)).toEqual(rdsInstancesIn('cn-hangzhou').map((i) => i.id));
    await api('get', '/rds-instances').expect(400);

    await api('delete', rulePath(clusterId)).expect(204);
    await api('delete', rulePath(clusterId)).expect(404);
    expect(((await api('get', rulePath(clusterId)).expect(200)).body as { rule: null }).rule).toBeNull();
    await api('get', rulePath('c-unknown')).expect(404);
  });

  it('shows no alarm rules before the RAM authorization is updated', async () => {
    const list = (await api('get', `/clusters/${fresh}/node-scaling-alarm-rules`).expect(200)).body;
    expect(list).toEqual({ items: [], total: 0, authorized: true });
    const other = await createReadyCluster(t, cookie, { name: 'other', quantity: 1 });
    expect((await api('get', `/clusters/${other}/node-scaling-alarm-rules`).expect(200)).body).toEqual({
      items: [],
      total: 0,
      authorized: false,
    });
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AlarmHistoryList, AlarmRuleDto, AlarmRuleList, ContainerList, EventList } from '@cs/contracts';
import { MINUTE, createReadyCluster } from '../testing/cluster-fixtures.ts';
import { ScriptedAlarmMetrics } from '../testing/scripted-alarm-metrics.ts';
import { startTestServer } from '../testing/test-server.ts';
import type { TestServer } from '../testing/test-server.ts';

const TEMPLATE = ['web:', '  image: nginx:1.10', ''].join('\n');
const CONTACT = { name: 'Ops on call', email: 'ops@example.com' };

describe('alarm rules on a manual clock', () => {
  let t: TestServer;
  let cookie: string;
  let clusterId: string;
  let containerId: string;
  let serviceId: string;
  /** The CPU every container shows, by time: what the scripted metrics answer. */
  let cpu: (at: number) => number;
  const metrics = new ScriptedAlarmMetrics(
    (_subject, item, at) => (item === 'cpu' ? cpu(at) : 1024),
    async (subject) => (await t.server.store.containers.find(subject.id))?.status.phase === 'running',
  );

  beforeEach(async () => {
    cpu = () => 20;
    t = await startTestServer({ alarmMetrics: metrics });
    cookie = await t.signIn();
    clusterId = await createReadyCluster(t, cookie, { quantity: 1 });
    await t.http
      .post('/api/v1/applications')
      .set('Cookie', cookie)
      .send({ clusterId, name: 'shop', template: TEMPLATE })
      .expect(201);
    await t.advance(MINUTE);
    const list = (await t.http.get('/api/v1/containers').query({ clusterId }).set('Cookie', cookie).expect(200))
      .body as ContainerList;
    const web = list.items.find((c) => c.spec.serviceName === 'web')!;
    containerId = web.metadata.id;
    serviceId = web.spec.serviceId;
  });
  afterEach(() => t.close());

  const api = (method: 'get' | 'post' | 'put' | 'delete', path: string) =>
    t.http[method](`/api/v1${path}`).set('Cookie', cookie);
  const createRule = async (overrides: Record<string, unknown> = {}) =>
    (
      await api('post', '/alarm-rules')
        .send({
          clusterId,
          name: 'web-cpu',
          instances: [{ kind: 'container', id: containerId }],
          conditions: [
            { item: 'cpu', periodMinutes: 1, method: 'Average', comparison: '>', threshold: 80, consecutivePeriods: 3 },
          ],
          contacts: [CONTACT],
          ...overrides,
        })
        .expect(201)
    ).body as AlarmRuleDto;
  const rule = async (id: string) => (await api('get', `/alarm-rules/${id}`).expect(200)).body as AlarmRuleDto;
  const history = async (ruleId: string) =>
    ((await api('get', '/alarm-history').query({ ruleId }).expect(200)).body as AlarmHistoryList).items;
  /** Advances to just past the next minute, where every 1-minute rule is judged. */
  const nextPeriod = async () => t.advance(MINUTE);

  it('fires after 3 consecutive periods over the threshold, records history and events, and recovers', async () => {
    const created = await createRule();
    expect(created.status.phase).toBe('Insufficient Data');
    await nextPeriod();
    expect((await rule(created.metadata.id)).status.phase).toBe('OK');

    cpu = () => 93.2;
    await nextPeriod();
    await nextPeriod();
    expect((await rule(created.metadata.id)).status.phase).toBe('OK');
    await nextPeriod();
    expect((await rule(created.metadata.id)).status.phase).toBe('Alarm');
    const [fired] = await history(created.metadata.id);
    expect(fired).toMatchObject({
      kind: 'fired',
      value: 93.2,
      instance: { kind: 'container', id: containerId, name: 'shop_web_1' },
      notified: [CONTACT],
      message: 'Alarm rule web-cpu fired on shop_web_1: CPU Average 93.2% > 80.0% for 3 periods.',
    });
    const events = (await api('get', `/services/${serviceId}/events`).expect(200)).body as EventList;
    expect(events.items[0]).toMatchObject({ level: 'Warning', reason: 'AlarmFired', message: fired!.message });

    cpu = () => 41;
    await nextPeriod();
    expect((await rule(created.metadata.id)).status.phase).toBe('OK');
    const entries = await history(created.metadata.id);
    expect(entries.map((e) => e.kind)).toEqual(['recovered', 'fired']);
    expect(entries[0]!.message).toBe(
      'Alarm rule web-cpu recovered on shop_web_1: CPU Average 41.0% is no longer > 80.0%.',
    );
  });

  it('judges Average, Max and Min over the statistics period, at the end of each 5 minutes only', async () => {
    // 50 and 100 in turn, every 10 s: Average 75, Max 100, Min 50.
    cpu = (at) => (Math.floor(at / 10_000) % 2 === 0 ? 50 : 100);
    const condition = { item: 'cpu', periodMinutes: 5, comparison: '>', threshold: 70, consecutivePeriods: 1 };
    const ids = await Promise.all(
      (['Average', 'Max', 'Min'] as const).map(async (method) => {
        const r = await createRule({ name: `cpu-${method}`, conditions: [{ ...condition, method }] });
        return r.metadata.id;
      }),
    );
    await t.advance(5 * MINUTE);
    const phases = await Promise.all(ids.map(async (id) => (await rule(id)).status.phase));
    expect(phases).toEqual(['Alarm', 'Alarm', 'OK']);
    const values = await Promise.all(ids.map(async (id) => (await history(id)).map((h) => h.value)));
    expect(values).toEqual([[75], [100], []]);
    const fiveMinuteQuestions = metrics.questions.filter((q) => q.to - q.from === 5 * MINUTE);
    expect(fiveMinuteQuestions.every((q) => q.to % (5 * MINUTE) === 0)).toBe(true);
  });

  it('does nothing while disabled, and starts over when enabled again', async () => {
    cpu = () => 99;
    const created = await createRule({
      conditions: [{ item: 'cpu', periodMinutes: 1, method: 'Max', comparison: '>=', threshold: 90 }],
    });
    const disabled = (await api('post', `/alarm-rules/${created.metadata.id}/disable`).expect(200))
      .body as AlarmRuleDto;
    expect(disabled).toMatchObject({ spec: { enabled: false }, status: { phase: 'Disabled' } });
    expect(disabled.metadata.resourceVersion).toBe(created.metadata.resourceVersion + 1);
    await t.advance(5 * MINUTE);
    expect((await rule(created.metadata.id)).status).toEqual({ phase: 'Disabled', evaluatedAt: null });
    expect(await history(created.metadata.id)).toEqual([]);

    await api('post', `/alarm-rules/${created.metadata.id}/enable`).expect(200);
    await nextPeriod();
    expect((await rule(created.metadata.id)).status.phase).toBe('Alarm');
    expect(await history(created.metadata.id)).toHaveLength(1);
  });

  it('has Insufficient Data while its container is not running', async () => {
    const created = await createRule();
    await nextPeriod();
    expect((await rule(created.metadata.id)).status.phase).toBe('OK');
    await api('post', `/containers/${containerId}/stop`).send({}).expect(202);
    await t.advance(2 * MINUTE);
    expect((await rule(created.metadata.id)).status.phase).toBe('Insufficient Data');
  });

  it('keeps its count of periods over a restart', async () => {
    const created = await createRule();
    cpu = () => 95;
    await nextPeriod();
    await nextPeriod();
    t = await t.restart();
    cookie = await t.signIn();
    expect((await rule(created.metadata.id)).status.phase).toBe('OK');
    await nextPeriod();
    expect((await rule(created.metadata.id)).status.phase).toBe('Alarm');
  });

  it('lists rules by cluster and instance, modifies them from their version, and deletes them', async () => {
    const a = await createRule({ name: 'first' });
    // Newest first: the second rule is made a moment later.
    await t.advance(1_000);
    const nodes = (await api('get', `/clusters/${clusterId}/nodes`).expect(200)).body as {
      items: { metadata: { id: string } }[];
    };
    const nodeId = nodes.items[0]!.metadata.id;
    const b = await createRule({
      name: 'node-memory',
      instances: [{ kind: 'node', id: nodeId }],
      conditions: [{ item: 'memory', periodMinutes: 15, method: 'Min', comparison: '<', threshold: 2 ** 20 }],
      enabled: false,
    });
    const byInstance = (await api('get', '/alarm-rules').query({ instanceId: containerId }).expect(200))
      .body as AlarmRuleList;
    expect(byInstance.items.map((r) => r.metadata.name)).toEqual(['first']);
    const byCluster = (await api('get', '/alarm-rules').query({ clusterId, pageSize: 1 }).expect(200))
      .body as AlarmRuleList;
    expect(byCluster).toMatchObject({ total: 2, items: [{ metadata: { name: 'node-memory' } }] });
    expect(b.status.phase).toBe('Disabled');

    const body = {
      name: 'renamed',
      instances: [
        { kind: 'container', id: containerId },
        { kind: 'node', id: nodeId },
      ],
      conditions: a.spec.conditions,
      contacts: [CONTACT, { name: 'Second', email: 'second@example.com' }],
      resourceVersion: a.metadata.resourceVersion,
    };
    const modified = (await api('put', `/alarm-rules/${a.metadata.id}`).send(body).expect(200)).body as AlarmRuleDto;
    expect(modified.spec.instances.map((i) => i.kind)).toEqual(['container', 'node']);
    const stale = await api('put', `/alarm-rules/${a.metadata.id}`).send(body).expect(409);
    expect(stale.body.detail).toContain('was changed by someone else');
    const byNode = (await api('get', '/alarm-rules').query({ instanceId: nodeId }).expect(200)).body as AlarmRuleList;
    expect(byNode.items.map((r) => r.metadata.name).sort()).toEqual(['node-memory', 'renamed']);

    await api('delete', `/alarm-rules/${a.metadata.id}`).expect(204);
    await api('get', `/alarm-rules/${a.metadata.id}`).expect(404);
    await api('delete', `/alarm-rules/${a.metadata.id}`).expect(404);
    await api('get', '/alarm-history').query({ ruleId: a.metadata.id }).expect(404);
  });

  it('answers 400 naming each bad field, and 404 for unknown clusters and rules', async () => {
    const res = await api('post', '/alarm-rules')
      .send({
        clusterId,
        name: '<b>',
        instances: [],
        conditions: [
          { item: 'load', periodMinutes: 7, method: 'Median', comparison: '!=', threshold: 'x', consecutivePeriods: 9 },
        ],
        contacts: [{ name: '', email: 'nobody' }],
      })
      .expect(400);
    expect(res.get('content-type')).toContain('application/problem+json');
    const fields = (res.body.fieldErrors as { field: string }[]).map((e) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'name',
        'instances',
        'conditions.0.item',
        'conditions.0.periodMinutes',
        'conditions.0.method',
        'conditions.0.comparison',
        'conditions.0.threshold',
        'conditions.0.consecutivePeriods',
        'contacts.0.name',
        'contacts.0.email',
      ]),
    );
    // Each instance is checked only once the body parses: a bad threshold is all the first answer names.
    const twiceAndUnknown = (threshold: number) => ({
      clusterId,
      name: 'checked',
      instances: [
        { kind: 'container', id: 'nope' },
        { kind: 'container', id: containerId },
        { kind: 'container', id: containerId },
      ],
      conditions: [{ item: 'cpu', periodMinutes: 5, method: 'Average', comparison: '>', threshold }],
      contacts: [CONTACT],
    });
    const over = await api('post', '/alarm-rules').send(twiceAndUnknown(101)).expect(400);
    expect(over.body.fieldErrors).toEqual([
      { field: 'conditions.0.threshold', message: 'The threshold of a percentage is from 0 to 100.' },
    ]);
    const unknown = await api('post', '/alarm-rules').send(twiceAndUnknown(80)).expect(400);
    expect(unknown.body.fieldErrors.map((e: { field: string }) => e.field)).toEqual([
      'instances.0.id',
      'instances.2.id',
    ]);
    await api('post', '/alarm-rules')
      .send({ ...(await validBody()), clusterId: 'c-missing' })
      .expect(404);
    await api('get', '/alarm-rules/ar-missing').expect(404);
    await api('put', '/alarm-rules/ar-missing')
      .send({ ...(await validBody()), resourceVersion: 1 })
      .expect(404);
    await api('post', '/alarm-rules/ar-missing/enable').expect(404);
    await api('get', '/alarm-rules').query({ pageSize: 1000 }).expect(400);
    await api('put', `/alarm-rules/${(await createRule()).metadata.id}`)
      .send(await validBody())
      .expect(400);
  });

  const validBody = async () => ({
    name: 'ok',
    instances: [{ kind: 'container', id: containerId }],
    conditions: [{ item: 'cpu', periodMinutes: 5, method: 'Average', comparison: '>', threshold: 80 }],
    contacts: [CONTACT],
  });
});

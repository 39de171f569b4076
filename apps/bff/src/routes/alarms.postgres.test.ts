import { afterEach, describe, expect, it } from 'vitest';
import type { AlarmHistoryList, AlarmRuleDto, ContainerList } from '@cs/contracts';
import { MINUTE, createReadyCluster } from '../testing/cluster-fixtures.ts';
import { ScriptedAlarmMetrics } from '../testing/scripted-alarm-metrics.ts';
import { postgresAvailable } from '../testing/test-database.ts';
import { startTestServer } from '../testing/test-server.ts';
import type { TestServer } from '../testing/test-server.ts';

const hasPostgres = await postgresAvailable();

describe.skipIf(!hasPostgres)('alarm rules on PostgreSQL', () => {
  let t: TestServer;
  afterEach(() => t.close());

  it('fires, stays in Alarm while unchanged, recovers, and refuses a stale Modify', async () => {
    let cpu = 95;
    t = await startTestServer({ engine: 'postgres', alarmMetrics: new ScriptedAlarmMetrics(() => cpu) });
    const cookie = await t.signIn();
    const clusterId = await createReadyCluster(t, cookie, { quantity: 1 });
    const api = (method: 'get' | 'post' | 'put', path: string) =>
      t.http[method](`/api/v1${path}`).set('Cookie', cookie);
    await api('post', '/applications')
      .send({ clusterId, name: 'shop', template: 'web:\n  image: nginx:1.10\n' })
      .expect(201);
    await t.advance(MINUTE);
    const container = (
      (await api('get', '/containers').query({ clusterId }).expect(200)).body as ContainerList
    ).items.find((c) => c.spec.serviceName === 'web')!;
    const body = {
      name: 'pg-cpu',
      instances: [{ kind: 'container', id: container.metadata.id }],
      conditions: [{ item: 'cpu', periodMinutes: 1, method: 'Max', comparison: '>', threshold: 90 }],
      contacts: [{ name: 'Ops', email: 'ops@example.com' }],
    };
    const rule = (
      await api('post', '/alarm-rules')
        .send({ clusterId, ...body })
        .expect(201)
    ).body as AlarmRuleDto;
    const status = async () =>
      ((await api('get', `/alarm-rules/${rule.metadata.id}`).expect(200)).body as AlarmRuleDto).status;

    await t.advance(MINUTE);
    expect((await status()).phase).toBe('Alarm');
    const first = (await status()).evaluatedAt;
    await t.advance(MINUTE);
    // Unchanged: only the next period is written (many rules to one statement).
    expect(await status()).toMatchObject({ phase: 'Alarm' });
    expect((await status()).evaluatedAt! > first!).toBe(true);
    cpu = 10;
    await t.advance(MINUTE);
    expect((await status()).phase).toBe('OK');
    const history = ((await api('get', '/alarm-history').query({ clusterId }).expect(200)).body as AlarmHistoryList)
      .items;
    expect(history.map((h) => [h.kind, h.value])).toEqual([
      ['recovered', 10],
      ['fired', 95],
    ]);

    await api('put', `/alarm-rules/${rule.metadata.id}`)
      .send({ ...body, resourceVersion: 1 })
      .expect(200);
    await api('put', `/alarm-rules/${rule.metadata.id}`)
      .send({ ...body, resourceVersion: 1 })
      .expect(409);
  });
});

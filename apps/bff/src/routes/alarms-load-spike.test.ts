import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AlarmHistoryList, AlarmRuleDto, ContainerList, MetricsDto } from '@cs/contracts';
import { MINUTE, createReadyCluster } from '../testing/cluster-fixtures.ts';
import { startTestServer } from '../testing/test-server.ts';
import type { TestServer } from '../testing/test-server.ts';

describe('an alarm rule on the simulated metrics', () => {
  let t: TestServer;
  let cookie: string;
  let clusterId: string;

  beforeEach(async () => {
    t = await startTestServer();
    cookie = await t.signIn();
    clusterId = await createReadyCluster(t, cookie, { quantity: 1 });
  });
  afterEach(() => t.close());

  const api = (method: 'get' | 'post', path: string) => t.http[method](`/api/v1${path}`).set('Cookie', cookie);

  it('fires when a load spike lifts the CPU over the threshold, and recovers after it', async () => {
    await api('post', '/applications')
      .send({ clusterId, name: 'shop', template: 'web:\n  image: nginx:1.10\n' })
      .expect(201);
    await t.advance(30 * MINUTE);
    const web = ((await api('get', '/containers').query({ clusterId }).expect(200)).body as ContainerList).items.find(
      (c) => c.spec.serviceName === 'web',
    )!;
    const cpu = async () => {
      const metrics = (await api('get', `/containers/${web.metadata.id}/metrics`).expect(200)).body as MetricsDto;
      return metrics.series.find((s) => s.item === 'cpu')!.points.flatMap(([, v]) => (v === null ? [] : [v]));
    };
    const usual = Math.max(...(await cpu()));
    const threshold = Math.min(100, Math.round(usual * 2 * 10) / 10);

    const rule = (
      await api('post', '/alarm-rules')
        .send({
          clusterId,
          name: 'web-cpu',
          instances: [{ kind: 'container', id: web.metadata.id }],
          conditions: [
            { item: 'cpu', periodMinutes: 1, method: 'Average', comparison: '>', threshold, consecutivePeriods: 2 },
          ],
          contacts: [{ name: 'Ops', email: 'ops@example.com' }],
        })
        .expect(201)
    ).body as AlarmRuleDto;
    const phase = async () =>
      ((await api('get', `/alarm-rules/${rule.metadata.id}`).expect(200)).body as AlarmRuleDto).status.phase;
    await t.advance(3 * MINUTE);
    expect(await phase()).toBe('OK');

    await api('post', '/simulation/load-spikes')
      .send({ serviceId: web.spec.serviceId, factor: 20, minutes: 5 })
      .expect(201);
    await t.advance(3 * MINUTE);
    expect(await phase()).toBe('Alarm');
    await t.advance(6 * MINUTE);
    expect(await phase()).toBe('OK');

    const history = ((await api('get', '/alarm-history').query({ clusterId }).expect(200)).body as AlarmHistoryList)
      .items;
    expect(history.map((h) => h.kind)).toEqual(['recovered', 'fired']);
    const fired = history[1]!;
    expect(fired.value).toBeGreaterThan(threshold);
    expect(history[0]!.value).toBeLessThanOrEqual(threshold);
    // The value the rule judged is the one the Monitor chart shows for that minute (rounded there).
    const firedMinute = Date.parse(fired.at) - MINUTE;
    const metrics = (await api('get', `/containers/${web.metadata.id}/metrics`).expect(200)).body as MetricsDto;
    const minute = metrics.series
      .find((s) => s.item === 'cpu')!
      .points.filter(([at, v]) => at >= firedMinute && at < firedMinute + MINUTE && v !== null)
      .map(([, v]) => v!);
    expect(minute).toHaveLength(6);
    expect(fired.value).toBeCloseTo(minute.reduce((a, b) => a + b, 0) / 6, 3);
  });
});

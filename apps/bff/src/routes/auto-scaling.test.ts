import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AutoScalingStatusSchema, ReplayResultSchema } from '@cs/contracts';
import type { ServiceList } from '@cs/contracts';
import { MINUTE, createReadyCluster } from '../testing/cluster-fixtures.ts';
import { startTestServer } from '../testing/test-server.ts';
import type { TestServer } from '../testing/test-server.ts';

const TEMPLATE = [
  'web:',
  '  image: wordpress:4.5',
  '  labels:',
  "    aliyun.scale: '1'",
  "    aliyun.auto_scaling.max_cpu: '60'",
  "    aliyun.auto_scaling.min_cpu: '30'",
  "    aliyun.auto_scaling.step: '1'",
  "    aliyun.auto_scaling.min_instances: '1'",
  "    aliyun.auto_scaling.max_instances: '3'",
  '',
].join('\n');

describe('container auto scaling', () => {
  let t: TestServer;
  let cookie: string;
  let clusterId: string;

  beforeEach(async () => {
    t = await startTestServer();
    cookie = await t.signIn();
    clusterId = await createReadyCluster(t, cookie, { quantity: 2 });
  });
  afterEach(() => t.close());

  const api = (method: 'get' | 'post', path: string) => t.http[method](`/api/v1${path}`).set('Cookie', cookie);
  const deploy = (name: string) => api('post', '/applications').send({ clusterId, name, template: TEMPLATE });

  async function webService() {
    const list = (await api('get', '/services').query({ clusterId }).expect(200)).body as ServiceList;
    return list.items.find((s) => s.metadata.name === 'web' && s.spec.applicationName === 'shop')!;
  }
  const scaleOf = async () => (await webService()).spec.definition.scale;
  const messages = async (serviceId: string) =>
    (
      (await api('get', `/services/${serviceId}/events`).query({ pageSize: 100 }).expect(200)).body.items as {
        message: string;
      }[]
    ).map((e) => e.message);

  it('is refused on a cluster whose Agent is not the latest, with the guide reason', async () => {
    const res = await deploy('shop').expect(409);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.detail).toMatch(/Container auto scaling \(service web\) needs the latest Agent/);
    expect(res.body.detail).toMatch(/Upgrade Agent/);
  });

  it('scales a service out under a load spike, within Max, and back in after it', async () => {
    await api('post', `/clusters/${clusterId}/upgrade-agent`).send({}).expect(202);
    await t.advance(3 * MINUTE);
    await deploy('shop').expect(201);
    await t.advance(10 * MINUTE);
    const web = await webService();
    expect(web.status.phase).toBe('Ready');
    expect(web.spec.definition.scale).toBe(1);
    const quiet = AutoScalingStatusSchema.parse(
      (await api('get', `/services/${web.metadata.id}/auto-scaling`).expect(200)).body,
    );
    expect(quiet).toMatchObject({
      policy: { bounds: { cpu: { expansion: 60, contraction: 30 } }, step: 1, min: 1, max: 3 },
      periodsNeeded: 3,
      over: 0,
      warning: null,
      scale: 1,
    });
    // At the minimum already, the quiet service is not scaled in.
    expect(quiet.last.cpu).toBeLessThan(30);
    expect((await messages(web.metadata.id)).filter((m) => /scal/.test(m))).toEqual([]);

    await api('post', '/simulation/load-spikes')
      .send({ serviceId: web.metadata.id, factor: 8, minutes: 15 })
      .expect(201);
    // Two periods over the bound are not enough…
    await t.advance(2 * MINUTE);
    expect(await scaleOf()).toBe(1);
    const spiking = AutoScalingStatusSchema.parse(
      (await api('get', `/services/${web.metadata.id}/auto-scaling`).expect(200)).body,
    );
    expect(spiking.last.cpu).toBeGreaterThan(60);
    expect(spiking.warning).toMatch(/the monitor will continuously trigger container scaling/);
    // …the third is (the spike began inside a period, which is the first over or not).
    const scales: number[] = [];
    for (let minute = 0; minute < 12; minute++) {
      await t.advance(MINUTE);
      scales.push(await scaleOf());
    }
    expect(scales.slice(0, 2)).toContain(2);
    expect(Math.max(...scales)).toBe(3);
    const running = (await api('get', '/containers').query({ clusterId, serviceId: web.metadata.id }).expect(200)).body
      .items as { status: { phase: string } }[];
    expect(running.filter((c) => c.status.phase === 'running')).toHaveLength(3);

    for (let minute = 0; minute < 12 && (await scaleOf()) > 1; minute++) await t.advance(MINUTE);
    expect(await scaleOf()).toBe(1);
    await t.advance(5 * MINUTE);
    expect(await scaleOf()).toBe(1);

    const events = await messages(web.metadata.id);
    const scalings = events.filter((m) => /scale (out|in) from/.test(m)).reverse();
    expect(scalings).toEqual([
      expect.stringMatching(
        /^The average CPU usage of service shop_web was [\d.]+% \(over 60%\) for 3 consecutive one-minute periods: scale out from 1 to 2 containers\.$/,
      ),
      expect.stringMatching(/scale out from 2 to 3 containers\.$/),
      expect.stringMatching(/\(under 30%\) for 3 consecutive one-minute periods: scale in from 3 to 2 containers\.$/),
      expect.stringMatching(/scale in from 2 to 1 container\.$/),
    ]);
    expect(events.some((m) => /has the Max Number of Containers \(3\): no scaling\./.test(m))).toBe(true);

    // The what-if replay of the same policy over the last hour finds the same scalings.
    const replay = ReplayResultSchema.parse(
      (await api('post', `/services/${web.metadata.id}/auto-scaling/replay`).send({ hours: 1 }).expect(200)).body,
    );
    expect(replay).toMatchObject({ periods: 60, start: 1, final: 1, expansions: 2, contractions: 2 });
    expect(replay.series).toHaveLength(60);
    // A stricter policy (Max 2) would have scaled out once.
    const strict = ReplayResultSchema.parse(
      (
        await api('post', `/services/${web.metadata.id}/auto-scaling/replay`)
          .send({ hours: 1, policy: { bounds: { cpu: { expansion: 60, contraction: 30 } }, step: 1, min: 1, max: 2 } })
          .expect(200)
      ).body,
    );
    expect(strict).toMatchObject({ expansions: 1, contractions: 1 });
  });

  it('refuses a replay policy outside the guide constraints, naming the field', async () => {
    await api('post', `/clusters/${clusterId}/upgrade-agent`).send({}).expect(202);
    await t.advance(3 * MINUTE);
    await deploy('shop').expect(201);
    await t.advance(2 * MINUTE);
    const web = await webService();
    const bad = await api('post', `/services/${web.metadata.id}/auto-scaling/replay`)
      .send({ hours: 48, policy: { bounds: { cpu: { expansion: 60, contraction: 40 } }, step: 9, min: 1, max: 3 } })
      .expect(400);
    const fields = (bad.body.fieldErrors as { field: string; message: string }[]).map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['hours', 'policy.bounds.cpu.expansion', 'policy.step']));
    // A day of one-minute periods replays in one request.
    const day = ReplayResultSchema.parse(
      (await api('post', `/services/${web.metadata.id}/auto-scaling/replay`).send({ hours: 24 }).expect(200)).body,
    );
    expect(day.periods).toBe(24 * 60);
    expect(day.emptyPeriods).toBeGreaterThan(23 * 60);
    await api('post', '/services/nope/auto-scaling/replay').send({}).expect(404);
    await api('get', '/services/nope/auto-scaling').expect(404);
  });
});

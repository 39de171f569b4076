import { afterEach, describe, expect, it } from 'vitest';
import type { PeriodAverages, Service } from '@cs/domain';
import { MINUTE, createReadyCluster } from '../../../testing/cluster-fixtures.ts';
import { startTestServer } from '../../../testing/test-server.ts';
import type { TestServer } from '../../../testing/test-server.ts';
import { createLogger } from '../../../logging/logger.ts';
import { ContainerScaler } from './container-scaler.ts';
import type { ServiceAveragesSource } from './service-averages.ts';

const TEMPLATE = [
  'web:',
  '  image: nginx:1.10',
  '  labels:',
  "    aliyun.scale: '2'",
  "    aliyun.auto_scaling.max_memory: '80'",
  "    aliyun.auto_scaling.min_memory: '20'",
  "    aliyun.auto_scaling.step: '2'",
  "    aliyun.auto_scaling.min_instances: '1'",
  "    aliyun.auto_scaling.max_instances: '5'",
  '',
].join('\n');

/** Averages the test scripts, one per judged period. */
class ScriptedAverages implements ServiceAveragesSource {
  readonly script: PeriodAverages[] = [];
  async averages(services: readonly Service[]) {
    const next = this.script.shift() ?? {};
    return new Map(services.map((s) => [s.metadata.id, [next]]));
  }
}

describe('the container scaler', () => {
  let t: TestServer;
  afterEach(() => t.close());

  async function deployed() {
    t = await startTestServer();
    const cookie = await t.signIn();
    const clusterId = await createReadyCluster(t, cookie, { quantity: 2 });
    await t.http.post(`/api/v1/clusters/${clusterId}/upgrade-agent`).set('Cookie', cookie).send({}).expect(202);
    await t.advance(3 * MINUTE);
    t.server.containerScaler.stop();
    await t.http
      .post('/api/v1/applications')
      .set('Cookie', cookie)
      .send({ clusterId, name: 'shop', template: TEMPLATE })
      .expect(201);
    await t.advance(5 * MINUTE);
    const [web] = await t.server.store.resources.withSpecPath<Service>('service', ['definition', 'autoScaling']);
    return web!;
  }

  const scalerOn = (server: TestServer, source: ScriptedAverages) =>
    new ContainerScaler(server.server.store, source, {
      clock: server.clock,
      leading: () => true,
      logger: createLogger('error'),
    });
  const scaleOf = async (server: TestServer, id: string) =>
    (await server.server.store.resources.get<Service>('service', id)).spec.definition.scale;

  it('carries its count across a restart: two periods before, the third after, scales by the step', async () => {
    const web = await deployed();
    expect(web.spec.definition.autoScaling).toEqual({
      bounds: { memory: { expansion: 80, contraction: 20 } },
      step: 2,
      contractionStep: 2,
      min: 1,
      max: 5,
    });
    const source = new ScriptedAverages();
    source.script.push({ memory: 90 }, { memory: 95 });
    const before = scalerOn(t, source);
    await before.evaluateDue(t.clock.now());
    // The same period twice is judged once.
    expect(await before.evaluateDue(t.clock.now())).toBe(0);
    await t.advance(MINUTE);
    await before.evaluateDue(t.clock.now());
    expect((await t.server.store.scalingCounters.of([web.metadata.id])).get(web.metadata.id)).toMatchObject({
      over: 2,
      under: 0,
    });
    expect(await scaleOf(t, web.metadata.id)).toBe(2);

    t = await t.restart();
    t.server.containerScaler.stop();
    await t.advance(MINUTE);
    source.script.push({ memory: 85 });
    await scalerOn(t, source).evaluateDue(t.clock.now());
    expect(await scaleOf(t, web.metadata.id)).toBe(4);
    const service = await t.server.store.resources.get<Service>('service', web.metadata.id);
    expect(service.spec.operation).toEqual({ kind: 'update', reschedule: false });
    // A busy service is not judged: the update it started is still running.
    source.script.push({ memory: 85 }, { memory: 85 }, { memory: 85 });
    await t.advance(5 * MINUTE);
    expect(await scaleOf(t, web.metadata.id)).toBe(4);
  });

  it('contracts by the step but not below Min, and ignores periods without data', async () => {
    const web = await deployed();
    const source = new ScriptedAverages();
    const scaler = scalerOn(t, source);
    source.script.push({ memory: 10 }, { memory: null }, { memory: 12 }, { memory: 5 });
    for (let i = 0; i < 4; i++) {
      await scaler.evaluateDue(t.clock.now());
      await t.advance(MINUTE);
    }
    expect(await scaleOf(t, web.metadata.id)).toBe(1);
    const events = await t.server.store.events.listForService(web.metadata.id, { page: 1, pageSize: 50 });
    expect(events.items.map((e) => e.message)).toContainEqual(
      'The average memory usage of service shop_web was 5% (under 20%) for 3 consecutive one-minute periods: scale in from 2 to 1 container.',
    );
  });
});

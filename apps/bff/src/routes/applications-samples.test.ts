import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApplicationDto } from '@cs/contracts';
import { SAMPLE_TEMPLATES } from '../services/templates/samples.ts';
import { MINUTE, createReadyCluster } from '../testing/cluster-fixtures.ts';
import { startTestServer } from '../testing/test-server.ts';
import type { TestServer } from '../testing/test-server.ts';

/**
 * What each of the guide's sample templates does on its own on a 2-zone, 3-node cluster of 4-core
 * nodes: deploys (Ready), or fails with the reason a user of the guide would expect.
 */
const EXPECTED: Record<string, { phase: 'Ready' } | { phase: 'Failed'; reason: RegExp }> = {
  wordpress: { phase: 'Ready' },
  gitlab: { phase: 'Ready' },
  jenkins: { phase: 'Ready' },
  influxdb: { phase: 'Ready' },
  'acs-proxy': { phase: 'Ready' },
  microservices: { phase: 'Ready' },
  'ha-across-zones': { phase: 'Ready' },
  'ossfs-volume': { phase: 'Ready' },
  'batch-job': { phase: 'Ready' },
  'timing-task': { phase: 'Ready' },
};

describe('the sample templates on a 2-zone, 3-node cluster', () => {
  let t: TestServer;
  let cookie: string;
  let clusterId: string;

  beforeAll(async () => {
    t = await startTestServer();
    cookie = await t.signIn();
    clusterId = await createReadyCluster(t, cookie, { quantity: 2, instanceType: 'ecs.n1.large' });
    const expanded = await t.http.post(`/api/v1/clusters/${clusterId}/expand`).set('Cookie', cookie).send({
      quantity: 1,
      zone: 'cn-hangzhou-d',
      instanceType: 'ecs.n1.large',
      operatingSystem: 'Ubuntu 16.04 64-bit',
      password: 'Node-pass-12',
      confirmPassword: 'Node-pass-12',
    });
    expect(expanded.body).toMatchObject({ status: { phase: 'Scaling' } });
    // The acs-proxy sample binds the Server Load Balancer the guide has you create first.
    await t.http
      .post('/api/v1/load-balancers')
      .set('Cookie', cookie)
      .send({ region: 'cn-hangzhou', name: 'proxy_test' })
      .expect(201);
    await t.advance(10 * MINUTE);
    // Timing tasks (the timing-task sample) need the latest Agent (the guide's Agent note).
    await t.http.post(`/api/v1/clusters/${clusterId}/upgrade-agent`).set('Cookie', cookie).send({}).expect(202);
    await t.advance(3 * MINUTE);
  });
  afterAll(() => t.close());

  it('covers every sample', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(SAMPLE_TEMPLATES.map((s) => s.name).sort());
  });

  it.each(SAMPLE_TEMPLATES.map((s) => [s.name, s] as const))('%s', async (name, sample) => {
    const analysis = await t.http
      .post('/api/v1/templates/validate')
      .set('Cookie', cookie)
      .send({ content: sample.content })
      .expect(200);
    const variables = Object.fromEntries(
      (analysis.body.parameters as { name: string }[]).map((p) => [p.name, 'value']),
    );
    const created = await t.http
      .post('/api/v1/applications')
      .set('Cookie', cookie)
      .send({ clusterId, name: `sample-${name}`, template: sample.content, variables })
      .expect(201);
    await t.advance(5 * MINUTE);
    const app = (await t.http.get(`/api/v1/applications/${created.body.metadata.id}`).set('Cookie', cookie))
      .body as ApplicationDto;
    const expected = EXPECTED[name]!;
    await t.http.delete(`/api/v1/applications/${app.metadata.id}`).set('Cookie', cookie).expect(202);
    await t.advance(MINUTE);
    expect({ phase: app.status.phase, reason: app.status.reason }).toEqual(
      expected.phase === 'Ready'
        ? { phase: 'Ready', reason: null }
        : { phase: 'Failed', reason: expect.stringMatching(expected.reason) },
    );
  });
});

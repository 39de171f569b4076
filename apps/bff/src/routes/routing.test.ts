import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BOTH_WEIGHTS_WARNING, RELEASE_AWAITING_CONFIRMATION } from '@cs/domain';
import type { ApplicationDto, ApplicationRoutes, SetServiceWeightsResult, TestAccessResult } from '@cs/contracts';
import { deployApplication } from '../testing/application-fixtures.ts';
import { MINUTE } from '../testing/cluster-fixtures.ts';
import { selfSigned } from '../testing/pem-certificates.ts';
import { startTestServer } from '../testing/test-server.ts';
import type { TestServer } from '../testing/test-server.ts';

const service = (name: string, image: string, scale = 2) =>
  [
    `${name}:`,
    `  image: '${image}'`,
    '  labels:',
    '    aliyun.routing.port_80: nginx',
    `    aliyun.scale: "${scale}"`,
    '  restart: always',
  ].join('\n');
const V1 = `${service('nginx-v1', 'registry.aliyuncs.com/ringtail/nginx:1.0')}\n`;
const V2 = `${service('nginx-v2', 'registry.aliyuncs.com/ringtail/nginx:2.0')}\n`;
const V3 = `${service('nginx-v3', 'registry.aliyuncs.com/ringtail/nginx:3.0')}\n`;

describe('routes, service weights and blue-green releases', () => {
  let t: TestServer;
  let cookie: string;
  let clusterId: string;
  let applicationId: string;
  let host: string;

  beforeEach(async () => {
    t = await startTestServer();
    cookie = await t.signIn();
    ({ clusterId, applicationId } = await deployApplication(t, cookie, { name: 'nginx', template: V1, minutes: 2 }));
    host = `nginx.${clusterId}.cn-hangzhou.alicontainer.com`;
  });
  afterEach(() => t.close());

  const api = (method: 'get' | 'post' | 'put', path: string, body?: object) =>
    t.http[method](`/api/v1${path}`).set('Cookie', cookie).send(body);
  const routes = async () =>
    (await api('get', `/applications/${applicationId}/routes`).expect(200)).body as ApplicationRoutes;
  const application = async () =>
    (await api('get', `/applications/${applicationId}`).expect(200)).body as ApplicationDto;
  const access = async (body: object = {}) =>
    (
      await api('post', `/clusters/${clusterId}/test-access`, {
        url: `http://${host}/`,
        requests: 200,
        ...body,
      }).expect(200)
    ).body as TestAccessResult;
  const byService = (result: TestAccessResult) => {
    const counts: Record<string, number> = {};
    for (const c of result.containers) counts[c.serviceName] = (counts[c.serviceName] ?? 0) + c.count;
    return counts;
  };
  const setWeights = async (weights: Record<string, number>) => {
    const ids = Object.fromEntries((await routes()).routes.map((r) => [r.serviceName, r.serviceId]));
    const body = { weights: Object.entries(weights).map(([name, weight]) => ({ serviceId: ids[name], weight })) };
    return (await api('put', `/applications/${applicationId}/routes/weights`, body).expect(200))
      .body as SetServiceWeightsResult;
  };
  const update = (template: string, version: string) =>
    application().then((a) =>
      api('put', `/applications/${applicationId}`, {
        version,
        template,
        updateMethod: 'blue-green',
        resourceVersion: a.metadata.resourceVersion,
      }),
    );

  it('lists the route at the test domain and splits requests evenly over the containers, or sticks with a cookie jar', async () => {
    const listed = await routes();
    expect(listed.routes).toEqual([
      expect.objectContaining({
        serviceName: 'nginx-v1',
        kind: 'routing',
        endpoint: `http://${host}/`,
        weight: 100,
        backends: 2,
        releaseRole: null,
        sessionSticky: true,
      }),
    ]);
    const spread = await access();
    expect(spread.statuses).toEqual([{ status: 200, count: 200 }]);
    expect(spread.containers.map((c) => c.count)).toEqual([100, 100]);
    const sticky = await access({ cookieJar: true });
    expect(sticky.containers).toHaveLength(1);
    expect(sticky.containers[0]!.count).toBe(200);
    const clients = await access({ cookieJar: true, clients: 10 });
    expect(clients.containers.map((c) => c.count)).toEqual([100, 100]);
    const unknown = await access({ url: 'http://nobody.example.com/' });
    expect(unknown.statuses).toEqual([{ status: 503, count: 200 }]);
  });

  it('runs a blue-green release: new version at weight 0, weights one step at a time, confirm deletes the old', async () => {
    await update(V2, '2.0').then((r) => expect(r.status).toBe(200));
    expect((await application()).status.releaseStatus).toBe('Blue-green release in progress');
    await t.advance(2 * MINUTE);
    const released = await application();
    expect(released.status.releaseStatus).toBe(RELEASE_AWAITING_CONFIRMATION);
    expect(released.spec.release).toMatchObject({ fromVersion: '1.0', blue: ['nginx-v1'], green: ['nginx-v2'] });
    const during = await routes();
    expect(during.routes.map((r) => [r.serviceName, r.weight, r.releaseRole]).sort()).toEqual([
      ['nginx-v1', 100, 'blue'],
      ['nginx-v2', 0, 'green'],
    ]);
    expect(byService(await access())).toEqual({ 'nginx-v1': 200 });
    // Confirming now would leave no version to answer.
    expect((await api('post', `/applications/${applicationId}/release/confirm`).expect(409)).body.detail).toMatch(
      /still has weight 0/,
    );
    // Another release waits for this one.
    expect((await update(V3, '3.0')).status).toBe(409);

    expect((await setWeights({ 'nginx-v2': 100 })).warning).toBeNull();
    expect(byService(await access())).toEqual({ 'nginx-v1': 100, 'nginx-v2': 100 });
    await setWeights({ 'nginx-v1': 0 });
    expect(byService(await access())).toEqual({ 'nginx-v2': 200 });

    await api('post', `/applications/${applicationId}/release/confirm`).expect(202);
    await t.advance(MINUTE);
    const done = await application();
    expect(done.spec.release).toBeNull();
    expect(done.status.releaseStatus).toBeNull();
    expect((await routes()).routes.map((r) => r.serviceName)).toEqual(['nginx-v2']);
  });

  it('warns when a step moves both weights, and really drops requests while routing reloads', async () => {
    await update(V2, '2.0');
    await t.advance(2 * MINUTE);
    const both = await setWeights({ 'nginx-v1': 0, 'nginx-v2': 100 });
    expect(both.warning).toBe(BOTH_WEIGHTS_WARNING);
    const reloading = await access();
    expect(reloading.statuses).toContainEqual({ status: 503, count: 200 });
    await t.advance(MINUTE);
    expect(byService(await access())).toEqual({ 'nginx-v2': 200 });
  });

  it('rolls a release back: the new version goes, the old template comes back', async () => {
    await update(V2, '2.0');
    await t.advance(2 * MINUTE);
    await api('post', `/applications/${applicationId}/release/rollback`).expect(202);
    await t.advance(MINUTE);
    const back = await application();
    expect(back.spec).toMatchObject({ version: '1.0', template: V1, release: null });
    expect((await routes()).routes.map((r) => r.serviceName)).toEqual(['nginx-v1']);
    expect(byService(await access())).toEqual({ 'nginx-v1': 200 });
  });

  it('serves your own domain over the HTTPS listener the guide adds, and takes the root domain on redeploy', async () => {
    const template =
      "web:\n  image: nginx\n  labels:\n    aliyun.routing.port_80: 'nginx-web;https://www.example.com'\n";
    const created = await api('post', '/applications', { clusterId, name: 'shop', template }).expect(201);
    await t.advance(2 * MINUTE);
    const https = { url: 'https://www.example.com/', requests: 10 };
    const refused = await api('post', `/clusters/${clusterId}/test-access`, https);
    expect(refused.status).toBe(400);
    expect(refused.body.fieldErrors[0].message).toMatch(
      /no running listener on port 443 \(its listeners: HTTP:80 → 9080\)/,
    );

    const cluster = (await api('get', `/clusters/${clusterId}`).expect(200)).body;
    const slbId = cluster.status.resources.slbId as string;
    const certificate = await api('post', '/certificates', {
      region: 'cn-hangzhou',
      name: 'www.example.com',
      type: 'server',
      ...selfSigned('www.example.com'),
    }).expect(201);
    await api('post', `/load-balancers/${slbId}/listeners`, {
      frontendProtocol: 'https',
      frontendPort: 443,
      backendProtocol: 'http',
      backendPort: 9080,
      certificateId: certificate.body.metadata.id,
    }).expect(201);
    const served = (await api('post', `/clusters/${clusterId}/test-access`, https).expect(200))
      .body as TestAccessResult;
    expect(served.statuses).toEqual([{ status: 200, count: 10 }]);
    expect(served.containers[0]!.containerName).toBe('shop_web_1');

    await api('put', `/clusters/${clusterId}/root-domain`, { rootDomain: 'example.com' }).expect(200);
    const shopRoutes = async () =>
      (
        (await api('get', `/applications/${created.body.metadata.id}/routes`).expect(200)).body as ApplicationRoutes
      ).routes
        .map((r) => r.host)
        .sort();
    expect(await shopRoutes()).toEqual([`nginx-web.${clusterId}.cn-hangzhou.alicontainer.com`, 'www.example.com']);
    await api('post', `/applications/${created.body.metadata.id}/redeploy`).expect(202);
    await t.advance(2 * MINUTE);
    expect(await shopRoutes()).toEqual(['nginx-web.example.com', 'www.example.com']);
  });

  it('refuses a blue-green release that keeps a changed service under its name, and bad input, with 4xx naming the field', async () => {
    const changed = V1.replace('nginx:1.0', 'nginx:1.1');
    const refused = await update(changed, '1.1');
    expect(refused.status).toBe(400);
    expect(refused.body.fieldErrors[0]).toMatchObject({ field: 'template' });
    expect(refused.body.fieldErrors[0].message).toMatch(/cannot share the same name/);

    const weights = await api('put', `/applications/${applicationId}/routes/weights`, {
      weights: [{ serviceId: 'nope', weight: 101 }],
    });
    expect(weights.status).toBe(400);
    expect(weights.body.fieldErrors[0].field).toBe('weights.0.weight');
    const foreign = await api('put', `/applications/${applicationId}/routes/weights`, {
      weights: [{ serviceId: 'sffffffffffffffffffffffff', weight: 5 }],
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body.fieldErrors[0].field).toBe('weights.0.serviceId');
    for (const url of ['ftp://x/', 'http://', '\u0000']) {
      const bad = await api('post', `/clusters/${clusterId}/test-access`, { url });
      expect(bad.status).toBe(400);
      expect(bad.body.fieldErrors[0].field).toBe('url');
    }
    const huge = await api('post', `/clusters/${clusterId}/test-access`, {
      url: `http://${host}/`,
      requests: 1_000_000,
    });
    expect(huge.body.fieldErrors[0].field).toBe('requests');
    const noSlb = await api('post', `/clusters/${clusterId}/test-access`, { url: `http://${host}/`, slb: 'none-such' });
    expect(noSlb.body.fieldErrors[0].field).toBe('slb');
  });
});

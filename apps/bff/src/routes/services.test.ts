import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContainerDto, ContainerList, ServiceDto, ServiceList } from '@cs/contracts';
import { MINUTE, createReadyCluster } from '../testing/cluster-fixtures.ts';
import { startTestServer } from '../testing/test-server.ts';
import type { TestServer } from '../testing/test-server.ts';

const TEMPLATE = [
  'web:',
  '  image: nginx:1.10',
  '  environment:',
  '    - reschedule:on-node-failure',
  '    - GREETING=hello',
  '  ports:',
  '    - "80"',
  '  labels:',
  '    aliyun.scale: "3"',
  'db:',
  '  image: mysql:5.7',
  '',
].join('\n');

describe('services, containers and the simulation panel', () => {
  let t: TestServer;
  let cookie: string;
  let clusterId: string;
  let applicationId: string;

  beforeEach(async () => {
    t = await startTestServer();
    cookie = await t.signIn();
    clusterId = await createReadyCluster(t, cookie, { quantity: 3 });
    const res = await t.http
      .post('/api/v1/applications')
      .set('Cookie', cookie)
      .send({ clusterId, name: 'shop', template: TEMPLATE })
      .expect(201);
    applicationId = res.body.metadata.id;
    await t.advance(MINUTE);
  });
  afterEach(() => t.close());

  const services = async (query: Record<string, string>) =>
    ((await t.http.get('/api/v1/services').query(query).set('Cookie', cookie).expect(200)).body as ServiceList).items;
  const web = async () => (await services({ applicationId })).find((s) => s.metadata.name === 'web')!;
  const containers = async (query: Record<string, string>) =>
    ((await t.http.get('/api/v1/containers').query(query).set('Cookie', cookie).expect(200)).body as ContainerList)
      .items;
  const post = (path: string, body: object = {}) => t.http.post(`/api/v1${path}`).set('Cookie', cookie).send(body);

  it('lists services with the guide’s filters: system services hidden until asked for', async () => {
    const shown = (await services({ clusterId })).map((s) => `${s.spec.applicationName}/${s.metadata.name}`);
    expect(shown.sort()).toEqual(['shop/db', 'shop/web']);
    const all = (await services({ clusterId, hideSystem: 'false' })).map((s) => s.spec.applicationName);
    expect(new Set(all)).toEqual(new Set(['shop', 'acsrouting', 'acslogging', 'acsmonitoring', 'acsvolumedriver']));
    expect(await services({ clusterId, hideOnline: 'true' })).toEqual([]);
    expect((await services({ clusterId, name: 'WE' })).map((s) => s.metadata.name)).toEqual(['web']);
    const webService = await web();
    expect(webService.status).toMatchObject({ phase: 'Ready', containerCounts: { ready: 3, stopped: 0 } });
    expect(webService.spec.definition.environment).toEqual({ GREETING: 'hello' });
    expect(webService.spec.definition.ports).toEqual([{ containerPort: 80, count: 1, protocol: 'tcp' }]);
  });

  it('stops, activates, restarts and deletes a service, each answered in its phase', async () => {
    const { metadata } = await web();
    expect((await post(`/services/${metadata.id}/stop`).expect(202)).body.status.phase).toBe('Stopping');
    await post(`/services/${metadata.id}/start`).expect(409);
    await t.advance(MINUTE);
    expect((await web()).status).toMatchObject({ phase: 'Stopped', containerCounts: { stopped: 3 } });
    await post(`/services/${metadata.id}/start`).expect(202);
    await t.advance(MINUTE);
    expect((await web()).status).toMatchObject({ phase: 'Ready', containerCounts: { ready: 3 } });
    await post(`/services/${metadata.id}/restart`).expect(202);
    await t.advance(MINUTE);
    expect((await containers({ serviceId: metadata.id })).map((c) => c.status.restartCount)).toEqual([1, 1, 1]);
    const events = await t.http.get(`/api/v1/services/${metadata.id}/events`).set('Cookie', cookie);
    expect(events.body.items.map((e: { message: string }) => e.message)).toEqual(
      expect.arrayContaining(['Stop service shop_web completed.', 'Restart service shop_web completed.']),
    );
    await t.http.delete(`/api/v1/services/${metadata.id}`).set('Cookie', cookie).expect(202);
    await t.advance(MINUTE);
    await t.http.get(`/api/v1/services/${metadata.id}`).set('Cookie', cookie).expect(404);
    expect(await containers({ serviceId: metadata.id })).toEqual([]);
  });

  it('changes a service’s configuration through the application’s template', async () => {
    const service = await web();
    const res = await t.http
      .put(`/api/v1/services/${service.metadata.id}`)
      .set('Cookie', cookie)
      .send({ form: { name: 'web', scale: 2, image: 'nginx:1.11' }, resourceVersion: service.metadata.resourceVersion })
      .expect(200);
    expect(res.body.spec.definition).toMatchObject({ scale: 2, image: 'nginx:1.11' });
    await t.advance(MINUTE);
    expect((await containers({ serviceId: service.metadata.id })).map((c) => c.spec.image)).toEqual([
      'nginx:1.11',
      'nginx:1.11',
    ]);
    const application = await t.http.get(`/api/v1/applications/${applicationId}`).set('Cookie', cookie);
    expect(application.body.spec.template).toContain('nginx:1.11');
    await t.http
      .put(`/api/v1/services/${service.metadata.id}`)
      .set('Cookie', cookie)
      .send({ form: { name: 'web' }, resourceVersion: service.metadata.resourceVersion })
      .expect(409);
    const bad = await t.http
      .put(`/api/v1/services/${service.metadata.id}`)
      .set('Cookie', cookie)
      .send({ form: { name: 'web', scale: -1 }, resourceVersion: 1 })
      .expect(400);
    expect(bad.body.fieldErrors[0].field).toBe('form.scale');
  });

  it('stops, starts and deletes one container, and filters containers in SQL', async () => {
    const { metadata } = await web();
    const [first, second] = await containers({ serviceId: metadata.id });
    expect(first!.metadata.name).toBe('shop_web_1');
    expect(first!.status.ports[0]).toMatchObject({ containerPort: 80, protocol: 'tcp' });
    await post(`/containers/${first!.metadata.id}/stop`).expect(202);
    await t.advance(MINUTE);
    expect((await containers({ serviceId: metadata.id, status: 'exited' })).map((c) => c.metadata.name)).toEqual([
      'shop_web_1',
    ]);
    expect((await web()).status.containerCounts).toMatchObject({ ready: 2, stopped: 1 });
    await post(`/containers/${first!.metadata.id}/start`).expect(202);
    await t.http.delete(`/api/v1/containers/${second!.metadata.id}`).set('Cookie', cookie).expect(202);
    await t.advance(MINUTE);
    expect((await containers({ serviceId: metadata.id })).map((c) => [c.metadata.name, c.status.phase])).toEqual([
      ['shop_web_1', 'running'],
      ['shop_web_3', 'running'],
    ]);
    await post(`/containers/${second!.metadata.id}/stop`).expect(404);
    const byNode = await containers({ nodeId: first!.spec.nodeId });
    expect(byNode.every((c: ContainerDto) => c.spec.nodeId === first!.spec.nodeId)).toBe(true);
    const prefix = await containers({ name: 'shop_db' });
    expect(prefix.map((c) => c.metadata.name)).toEqual(['shop_db_1']);
    const bad = await t.http.get('/api/v1/containers').query({ status: 'dancing' }).set('Cookie', cookie).expect(400);
    expect(bad.body.fieldErrors[0].field).toBe('status');
  });

  it('takes a node down and up: reschedulable containers move, the others are lost, then exit', async () => {
    const webId = (await web()).metadata.id;
    const db = (await containers({ applicationId, name: 'shop_db' }))[0]!;
    const down = await post(`/simulation/nodes/${db.spec.nodeId}/down`).expect(200);
    expect(down.body.status.phase).toBe('Offline');
    await post(`/simulation/nodes/${db.spec.nodeId}/down`).expect(409);
    await t.advance(MINUTE);
    expect((await containers({ applicationId, name: 'shop_db' }))[0]!.status.phase).toBe('lost');
    const moved = await containers({ serviceId: webId });
    expect(moved.map((c) => c.status.phase)).toEqual(['running', 'running', 'running']);
    expect(moved.some((c) => c.spec.nodeId === db.spec.nodeId)).toBe(false);
    await post(`/simulation/nodes/${db.spec.nodeId}/up`).expect(200);
    await t.advance(MINUTE);
    expect((await containers({ applicationId, name: 'shop_db' }))[0]!.status.phase).toBe('exited');
  });

  it('takes a zone down, arms a probe failure, and pushes a digest, refusing bad input', async () => {
    const zone = await post('/simulation/zones/down', { clusterId, zone: 'cn-hangzhou-b' }).expect(200);
    expect(zone.body.nodes).toHaveLength(3);
    await post('/simulation/zones/up', { clusterId, zone: 'cn-hangzhou-b' }).expect(200);
    const noZone = await post('/simulation/zones/down', { clusterId, zone: 'cn-hangzhou-x' }).expect(400);
    expect(noZone.body.fieldErrors[0].field).toBe('zone');
    const webId = (await web()).metadata.id;
    await post('/simulation/faults', {
      targetKind: 'service',
      targetId: webId,
      step: 'Probe',
      message: 'no answer',
      count: 3,
    }).expect(201);
    const push = await post('/simulation/images/push', { image: 'nginx:1.10' }).expect(201);
    expect(push.body.status).toMatchObject({ pushes: 1, digest: expect.stringMatching(/^sha256:/) });
    expect((await post('/simulation/images/push', { image: 'nginx:1.10' }).expect(201)).body.status.pushes).toBe(2);
    const hostile = await post('/simulation/images/push', { image: "nginx'; rm -rf /" }).expect(400);
    expect(hostile.body.fieldErrors[0].field).toBe('image');
    const listed = await t.http.get('/api/v1/simulation/images').set('Cookie', cookie).expect(200);
    expect(listed.body.items.map((i: { spec: { reference: string } }) => i.spec.reference)).toEqual(['nginx:1.10']);
    const pulled: ServiceDto = await web();
    expect(pulled.status.phase).toBe('Ready');
  });
});

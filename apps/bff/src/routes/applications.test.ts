import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApplicationDto, ContainerList, ServiceList } from '@cs/contracts';
import { SAMPLE_TEMPLATES } from '../services/templates/samples.ts';
import { MINUTE, createReadyCluster } from '../testing/cluster-fixtures.ts';
import { startTestServer } from '../testing/test-server.ts';
import type { TestServer } from '../testing/test-server.ts';

const WORDPRESS = SAMPLE_TEMPLATES.find((t) => t.name === 'wordpress')!.content;
const NGINX = 'web:\n  image: nginx:1.10\n  ports:\n    - "80:80"\n  labels:\n    aliyun.scale: "2"\n';

describe('applications API', () => {
  let t: TestServer;
  let cookie: string;
  let clusterId: string;

  beforeEach(async () => {
    t = await startTestServer();
    cookie = await t.signIn();
    clusterId = await createReadyCluster(t, cookie, { quantity: 3 });
  });
  afterEach(() => t.close());

  const create = (body: Record<string, unknown>) =>
    t.http
      .post('/api/v1/applications')
      .set('Cookie', cookie)
      .send({ clusterId, ...body });
  const get = async (id: string) =>
    (await t.http.get(`/api/v1/applications/${id}`).set('Cookie', cookie).expect(200)).body as ApplicationDto;
  const containers = async (query: Record<string, string>) =>
    (await t.http.get('/api/v1/containers').query(query).set('Cookie', cookie).expect(200)).body as ContainerList;

  it('deploys WordPress from the sample: three web containers and a database, Ready:4', async () => {
    const res = await create({ name: 'wordpress', template: WORDPRESS }).expect(201);
    expect(res.body).toMatchObject({
      metadata: { name: 'wordpress' },
      spec: { version: '1.0' },
      status: { phase: 'Deploying' },
    });
    await t.advance(2 * MINUTE);
    const app = await get(res.body.metadata.id);
    expect(app.status).toMatchObject({ phase: 'Ready', containerCounts: { ready: 4, stopped: 0, other: 0 } });
    const web = await containers({ applicationId: app.metadata.id, name: 'wordpress_web' });
    expect(web.items.map((c) => [c.metadata.name, c.status.phase, c.status.health])).toEqual(
      [1, 2, 3].map((n) => [`wordpress_web_${n}`, 'running', 'Normal']),
    );
    expect(web.items[0]!.status.imageDigest).toMatch(/^sha256:/);
    const services = (
      await t.http.get('/api/v1/services').query({ applicationId: app.metadata.id }).set('Cookie', cookie)
    ).body as ServiceList;
    expect(services.items.map((s) => [s.metadata.name, s.status.phase, s.status.containerCounts.ready]).sort()).toEqual(
      [
        ['db', 'Ready', 1],
        ['web', 'Ready', 3],
      ],
    );
    const events = await t.http.get(`/api/v1/applications/${app.metadata.id}/events`).set('Cookie', cookie);
    expect(events.body.items.map((e: { message: string }) => e.message)).toEqual(
      expect.arrayContaining([
        'Create service wordpress_web completed.',
        'Activate container wordpress_web_2 succeeded.',
      ]),
    );
  });

  it('refuses bad input with problem+json naming the field, and writes nothing', async () => {
    const cases: [Record<string, unknown>, number, string][] = [
      [{ name: 'no spaces', template: NGINX }, 400, 'name'],
      [{ name: 'x', template: NGINX, description: 'd'.repeat(1025) }, 400, 'description'],
      [{ name: 'x', template: 'web:\n  build: .\n' }, 400, 'template'],
      [{ name: 'x', template: 'web:\n  image: nginx:${TAG}\n' }, 400, 'variables.TAG'],
      [{ name: 'x', template: NGINX, clusterId: 'nope' }, 400, 'clusterId'],
      [{ name: 'acsrouting', template: NGINX }, 400, 'name'],
    ];
    for (const [body, status, field] of cases) {
      const res = await create(body).expect(status);
      expect(res.type).toBe('application/problem+json');
      expect(res.body.fieldErrors.map((e: { field: string }) => e.field)).toContain(field);
    }
    await create({ name: 'taken', template: NGINX }).expect(201);
    const again = await create({ name: 'taken', template: NGINX }).expect(409);
    expect(again.body.detail).toMatch(/already exists/);
    expect(again.body.fieldErrors).toEqual([{ field: 'name', message: expect.stringMatching(/already exists/) }]);
    const list = await t.http.get('/api/v1/applications').query({ clusterId }).set('Cookie', cookie);
    expect(list.body.items.map((a: ApplicationDto) => a.metadata.name)).toEqual(['taken']);
  });

  it('updates to a new version only, keeping every version, and rolls back', async () => {
    const { body: created } = await create({ name: 'nginx', template: NGINX }).expect(201);
    await t.advance(MINUTE);
    const app = await get(created.metadata.id);
    const update = (body: Record<string, unknown>) =>
      t.http.put(`/api/v1/applications/${app.metadata.id}`).set('Cookie', cookie).send(body);
    const same = await update({
      version: '1.0',
      template: NGINX,
      resourceVersion: app.metadata.resourceVersion,
    }).expect(400);
    expect(same.body.fieldErrors[0]).toMatchObject({ field: 'version' });
    const newer = NGINX.replace('nginx:1.10', 'nginx:1.11');
    await update({ version: '1.1', template: newer, resourceVersion: app.metadata.resourceVersion - 1 }).expect(409);
    await update({ version: '1.1', template: newer, resourceVersion: app.metadata.resourceVersion }).expect(200);
    await t.advance(MINUTE);
    expect((await containers({ applicationId: app.metadata.id })).items.map((c) => c.spec.image)).toEqual([
      'nginx:1.11',
      'nginx:1.11',
    ]);
    const versions = await t.http.get(`/api/v1/applications/${app.metadata.id}/versions`).set('Cookie', cookie);
    expect(versions.body.items.map((v: { version: string; current: boolean }) => [v.version, v.current])).toEqual([
      ['1.1', true],
      ['1.0', false],
    ]);
    const current = await get(app.metadata.id);
    await t.http
      .post(`/api/v1/applications/${app.metadata.id}/rollback`)
      .set('Cookie', cookie)
      .send({ version: '1.0', resourceVersion: current.metadata.resourceVersion })
      .expect(200);
    await t.advance(MINUTE);
    expect((await get(app.metadata.id)).spec.version).toBe('1.0');
    expect((await containers({ applicationId: app.metadata.id })).items[0]!.spec.image).toBe('nginx:1.10');
  });

  it('stops, activates, redeploys and deletes, each in its own phase', async () => {
    const { body } = await create({ name: 'nginx', template: NGINX }).expect(201);
    const id = body.metadata.id as string;
    const post = (action: string) => t.http.post(`/api/v1/applications/${id}/${action}`).set('Cookie', cookie);
    await post('stop').expect(409);
    await t.advance(MINUTE);
    expect((await post('stop').expect(202)).body.status.phase).toBe('Stopping');
    await t.advance(MINUTE);
    expect((await get(id)).status).toMatchObject({ phase: 'Stopped', containerCounts: { ready: 0, stopped: 2 } });
    await post('start').expect(202);
    await t.advance(MINUTE);
    expect((await get(id)).status).toMatchObject({ phase: 'Ready', containerCounts: { ready: 2 } });
    const before = (await containers({ applicationId: id })).items.map((c) => c.metadata.id);
    await t.http.post('/api/v1/simulation/images/push').set('Cookie', cookie).send({ image: 'nginx:1.10' }).expect(201);
    await post('redeploy').expect(202);
    await t.advance(MINUTE);
    const after = (await containers({ applicationId: id })).items;
    expect(after.map((c) => c.metadata.name)).toEqual(['nginx_web_1', 'nginx_web_2']);
    expect(after.some((c) => before.includes(c.metadata.id))).toBe(false);
    await t.http.delete(`/api/v1/applications/${id}`).set('Cookie', cookie).expect(202);
    await t.advance(MINUTE);
    await t.http.get(`/api/v1/applications/${id}`).set('Cookie', cookie).expect(404);
    expect((await containers({ applicationId: id })).total).toBe(0);
  });

  it('previews where the containers go, or which rule forbids it', async () => {
    const preview = (template: string) =>
      t.http
        .post('/api/v1/applications/preview')
        .set('Cookie', cookie)
        .send({ clusterId, name: 'demo', template })
        .expect(200);
    const ok = await preview('web:\n  image: nginx\n  labels:\n    aliyun.scale: "3"\n');
    expect(ok.body.services[0]).toMatchObject({ service: 'web', containers: 3, error: null });
    expect(ok.body.services[0].nodes).toHaveLength(3);
    const impossible = await preview("web:\n  image: nginx\n  environment:\n    - 'constraint:aliyun.node_index==9'\n");
    expect(impossible.body.services[0].error).toMatch(/constraint:aliyun\.node_index==9/);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TemplateAnalysisSchema, TemplateListSchema, TemplateSchema } from '@cs/contracts';
import { SAMPLE_TEMPLATES } from '../services/templates/samples.ts';
import { postgresAvailable } from '../testing/test-database.ts';
import { startTestServer } from '../testing/test-server.ts';
import type { TestServer } from '../testing/test-server.ts';

const NGINX = 'web:\n  image: nginx:latest\n  ports:\n    - "80:80"\n';
const WITH_BUILD = 'web:\n  image: nginx:latest\n  build: .\n';

describe('templates API', () => {
  let t: TestServer;
  let cookie: string;
  beforeEach(async () => {
    t = await startTestServer();
    cookie = await t.signIn();
  });
  afterEach(async () => {
    await t.close();
  });

  const list = (query = '') => t.http.get(`/api/v1/templates${query}`).set('Cookie', cookie);
  const create = (body: object) => t.http.post('/api/v1/templates').set('Cookie', cookie).send(body);
  const get = (id: string) => t.http.get(`/api/v1/templates/${id}`).set('Cookie', cookie);
  const update = (id: string, body: object) => t.http.put(`/api/v1/templates/${id}`).set('Cookie', cookie).send(body);
  const remove = (id: string) => t.http.delete(`/api/v1/templates/${id}`).set('Cookie', cookie);
  const createMine = async (name = 'my-nginx', content = NGINX) =>
    TemplateSchema.parse((await create({ name, description: 'An nginx', content }).expect(201)).body);

  it('lists the guide samples under Sample, without their content', async () => {
    const res = await list().expect(200);
    const page = TemplateListSchema.parse(res.body);
    expect(page.total).toBe(SAMPLE_TEMPLATES.length);
    expect(page.items.map((i) => i.metadata.name)).toEqual(expect.arrayContaining(['wordpress', 'gitlab', 'jenkins']));
    expect(page.items.every((i) => i.spec.category === 'sample')).toBe(true);
    expect(JSON.stringify(res.body)).not.toContain('WORDPRESS_AUTH_KEY');
    const gitlab = page.items.find((i) => i.metadata.name === 'gitlab');
    expect(gitlab?.status.services.map((s) => s.name)).toEqual(['postgresql', 'redis', 'gitlab']);
  });

  it('searches by name prefix, ignoring case, and pages', async () => {
    const found = TemplateListSchema.parse((await list('?name=WORD').expect(200)).body);
    expect(found.items.map((i) => i.metadata.name)).toEqual(['wordpress']);
    expect(TemplateListSchema.parse((await list('?name=press').expect(200)).body).total).toBe(0);
    const second = TemplateListSchema.parse((await list('?pageSize=3&page=2').expect(200)).body);
    expect(second.items).toHaveLength(3);
    expect(second.total).toBe(SAMPLE_TEMPLATES.length);
  });

  it.each([
    ['?tab=others', 'tab'],
    ['?pageSize=0', 'pageSize'],
    [`?name=${'a'.repeat(65)}`, 'name'],
  ])('refuses the list query %s naming %s', async (query, field) => {
    const res = await list(query).expect(400);
    expect(res.body.fieldErrors).toContainEqual({ field, message: expect.any(String) });
  });

  it('creates a template under My Templates and gets it back', async () => {
    expect(TemplateListSchema.parse((await list('?tab=mine').expect(200)).body).total).toBe(0);
    const res = await create({ name: 'my-nginx', description: 'An nginx', content: NGINX }).expect(201);
    const created = TemplateSchema.parse(res.body);
    expect(res.get('location')).toBe(`/api/v1/templates/${created.metadata.id}`);
    expect(created.spec).toEqual({ category: 'mine', description: 'An nginx', content: NGINX });
    expect(created.status.services).toEqual([{ name: 'web', image: 'nginx:latest' }]);
    expect(TemplateSchema.parse((await get(created.metadata.id).expect(200)).body)).toEqual(created);
    const mine = TemplateListSchema.parse((await list('?tab=mine').expect(200)).body);
    expect(mine.items.map((i) => i.metadata.name)).toEqual(['my-nginx']);
  });

  it('saves a sample as one’s own, under the same name', async () => {
    const sample = SAMPLE_TEMPLATES.find((s) => s.name === 'wordpress')!;
    await create({ name: 'wordpress', description: sample.description, content: sample.content }).expect(201);
    const res = await create({ name: 'wordpress', content: NGINX }).expect(409);
    expect(res.body.detail).toBe('A template named wordpress already exists in My Templates.');
  });

  it('refuses to save content with errors, listing each with its line and column', async () => {
    const res = await create({ name: 'built', content: WITH_BUILD }).expect(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.fieldErrors).toEqual([{ field: 'content', message: expect.stringMatching(/^Line 3:3: .*build/) }]);
    const mine = await createMine();
    const refused = await update(mine.metadata.id, {
      content: WITH_BUILD,
      resourceVersion: mine.metadata.resourceVersion,
    }).expect(400);
    expect(refused.body.fieldErrors[0]).toMatchObject({
      field: 'content',
      message: expect.stringMatching(/^Line 3:3/),
    });
  });

  it.each([
    [{ name: '' }, 'name', /^The template name should be 1-64 characters long/],
    [{ name: 'a'.repeat(65) }, 'name', /1-64 characters/],
    [{ name: 'under_score' }, 'name', /numbers, Chinese characters, English letters and hyphens/],
    [{ name: 42 }, 'name', /1-64 characters/],
    [{ description: 'd'.repeat(1025) }, 'description', /^The description cannot exceed 1,024 characters\.$/],
    [{ content: undefined }, 'content', /^Enter the template content\.$/],
    [{ content: '  \n' }, 'content', /^Enter the template content\.$/],
    [{ content: 'x'.repeat(512 * 1024 + 1) }, 'content', /at most 512 KB/],
  ])('refuses %j naming the field %s', async (overrides, field, message) => {
    const res = await create({ name: 'ok', description: '', content: NGINX, ...overrides }).expect(400);
    expect(res.body.fieldErrors).toContainEqual({ field, message: expect.stringMatching(message) });
  });

  it('accepts a 64-character Chinese-and-Latin name and downloads it as <name>.yml', async () => {
    const name = '模板'.repeat(31) + 'ab';
    const mine = await createMine(name);
    const res = await t.http.get(`/api/v1/templates/${mine.metadata.id}/download`).set('Cookie', cookie).expect(200);
    expect(res.headers['content-type']).toBe('application/yaml; charset=utf-8');
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent(`${name}.yml`)}`);
    expect(res.text).toBe(NGINX);
  });

  it('downloads a sample as <name>.yml', async () => {
    const res = await t.http.get('/api/v1/templates/sample-gitlab/download').set('Cookie', cookie).expect(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename=gitlab.yml');
    expect(res.text).toContain('gitlab-sameersbn');
  });

  it('updates from the version it was based on, and refuses a stale one with 409', async () => {
    const mine = await createMine();
    const content = `${NGINX}  labels:\n    aliyun.scale: "2"\n`;
    const res = await update(mine.metadata.id, {
      description: 'Scaled',
      content,
      resourceVersion: mine.metadata.resourceVersion,
    }).expect(200);
    const updated = TemplateSchema.parse(res.body);
    expect(updated.metadata.resourceVersion).toBeGreaterThan(mine.metadata.resourceVersion);
    expect(updated.metadata.generation).toBe(2);
    expect(updated.spec).toMatchObject({ description: 'Scaled', content });

    const stale = await update(mine.metadata.id, {
      content: NGINX,
      resourceVersion: mine.metadata.resourceVersion,
    }).expect(409);
    expect(stale.body.detail).toMatch(/^The template my-nginx was changed by someone else .*Reload and try again\.$/);
    expect((await get(mine.metadata.id)).body.spec.content).toBe(content);
  });

  it.each([
    [{}, 'resourceVersion', 'Send the resourceVersion of the template the edit was based on.'],
    [{ resourceVersion: '3' }, 'resourceVersion', 'Send the resourceVersion of the template the edit was based on.'],
    [{ resourceVersion: 3, content: '' }, 'content', 'Enter the template content.'],
  ])('refuses the update %j naming %s', async (body, field, message) => {
    const mine = await createMine();
    const res = await update(mine.metadata.id, { content: NGINX, ...body }).expect(400);
    expect(res.body.fieldErrors).toContainEqual({ field, message });
  });

  it('keeps samples read-only: update and delete answer 409', async () => {
    const sample = TemplateSchema.parse((await get('sample-wordpress').expect(200)).body);
    const updating = await update('sample-wordpress', {
      content: NGINX,
      resourceVersion: sample.metadata.resourceVersion,
    }).expect(409);
    expect(updating.body.detail).toBe('Sample templates are read-only; save it as your own template to change it.');
    const deleting = await remove('sample-wordpress').expect(409);
    expect(deleting.body.detail).toMatch(/^Sample templates are read-only; save it as your own/);
  });

  it('deletes one’s own template', async () => {
    const mine = await createMine();
    await remove(mine.metadata.id).expect(204);
    await get(mine.metadata.id).expect(404);
    expect(TemplateListSchema.parse((await list('?tab=mine')).body).total).toBe(0);
  });

  it('answers 404 for a template that does not exist, on every route', async () => {
    const missing = 'tmissing';
    const res = await get(missing).expect(404);
    expect(res.body.detail).toBe('Template tmissing does not exist.');
    await update(missing, { content: NGINX, resourceVersion: 1 }).expect(404);
    await remove(missing).expect(404);
    await t.http.get(`/api/v1/templates/${missing}/download`).set('Cookie', cookie).expect(404);
  });

  it('validates content: format, services, parameters, unset and diagnostics', async () => {
    const content = 'version: "2"\nservices:\n  db:\n    image: "postgres:${POSTGRES_VERSION}"\n    build: .\n';
    const res = await t.http
      .post('/api/v1/templates/validate')
      .set('Cookie', cookie)
      .send({ content, variables: { OTHER: 'x' } })
      .expect(200);
    const analysis = TemplateAnalysisSchema.parse(res.body);
    expect(analysis).toMatchObject({ format: 'v2', unset: ['POSTGRES_VERSION'] });
    expect(analysis.services.map((s) => s.name)).toEqual(['db']);
    expect(analysis.parameters.map((p) => p.name)).toEqual(['POSTGRES_VERSION']);
    expect(analysis.diagnostics).toContainEqual(
      expect.objectContaining({ severity: 'error', line: 5, column: 5, path: ['services', 'db', 'build'] }),
    );
    const set = await t.http
      .post('/api/v1/templates/validate')
      .set('Cookie', cookie)
      .send({ content, variables: { POSTGRES_VERSION: '9.3' } })
      .expect(200);
    expect(set.body.unset).toEqual([]);
    expect(set.body.services[0].image).toBe('postgres:9.3');
  });

  it.each([
    [{}, 'content'],
    [{ content: 3 }, 'content'],
    [{ content: NGINX, variables: { A: 1 } }, 'variables.A'],
    [{ content: NGINX, variables: 'A=1' }, 'variables'],
  ])('refuses to validate %j naming %s', async (body, field) => {
    const res = await t.http.post('/api/v1/templates/validate').set('Cookie', cookie).send(body).expect(400);
    expect(res.body.fieldErrors).toContainEqual({ field, message: expect.any(String) });
  });

  it('needs a session', async () => {
    await t.http.get('/api/v1/templates').expect(401);
    await t.http.post('/api/v1/templates/validate').send({ content: NGINX }).expect(401);
  });
});

const hasPostgres = await postgresAvailable();

describe.skipIf(!hasPostgres)('templates API on PostgreSQL', () => {
  it('seeds samples, searches by prefix, saves, refuses a stale version and deletes', async () => {
    const t = await startTestServer({ engine: 'postgres' });
    try {
      const cookie = await t.signIn();
      const found = await t.http.get('/api/v1/templates?name=Git').set('Cookie', cookie).expect(200);
      expect(TemplateListSchema.parse(found.body).items.map((i) => i.metadata.name)).toEqual(['gitlab']);
      const created = TemplateSchema.parse(
        (await t.http.post('/api/v1/templates').set('Cookie', cookie).send({ name: 'pg', content: NGINX }).expect(201))
          .body,
      );
      const update = (resourceVersion: number) =>
        t.http
          .put(`/api/v1/templates/${created.metadata.id}`)
          .set('Cookie', cookie)
          .send({ content: NGINX, resourceVersion });
      await update(created.metadata.resourceVersion).expect(200);
      await update(created.metadata.resourceVersion).expect(409);
      await t.http.delete(`/api/v1/templates/${created.metadata.id}`).set('Cookie', cookie).expect(204);
    } finally {
      await t.close();
    }
  });
});

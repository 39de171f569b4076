import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ImageListSchema, ImageTagsSchema } from '@cs/contracts';
import { startTestServer } from '../testing/test-server.ts';
import type { TestServer } from '../testing/test-server.ts';

describe('images API', () => {
  let t: TestServer;
  let cookie: string;
  beforeEach(async () => {
    t = await startTestServer();
    cookie = await t.signIn();
  });
  afterEach(async () => {
    await t.close();
  });

  const images = (query = '') => t.http.get(`/api/v1/images${query}`).set('Cookie', cookie);

  it('lists Popular by default, most stars first, with the guide columns', async () => {
    const page = ImageListSchema.parse((await images('?pageSize=100').expect(200)).body);
    expect(page.items.every((i) => i.categories.includes('popular'))).toBe(true);
    const stars = page.items.map((i) => i.stars);
    expect(stars).toEqual([...stars].sort((a, b) => b - a));
    expect(page.items.find((i) => i.name === 'nginx')).toEqual({
      name: 'nginx',
      repository: 'nginx',
      categories: ['popular', 'official'],
      type: 'Public',
      source: 'DOCKER_HUB',
      stars: 413,
      description: 'Official build of Nginx.',
      defaultTag: 'latest',
    });
    expect(page.items.find((i) => i.name === 'acs/proxy')).toMatchObject({
      repository: 'registry.aliyuncs.com/acs/proxy',
      source: 'ALIYUN_HUB',
      defaultTag: '0.5',
    });
  });

  it('holds at least 40 images across Popular and Official; Official is Docker Hub only', async () => {
    const popular = ImageListSchema.parse((await images('?tab=popular&pageSize=100')).body);
    const official = ImageListSchema.parse((await images('?tab=official&pageSize=100')).body);
    expect(new Set([...popular.items, ...official.items].map((i) => i.name)).size).toBeGreaterThanOrEqual(40);
    expect(official.items.every((i) => i.source === 'DOCKER_HUB')).toBe(true);
    expect(official.items.map((i) => i.name)).toEqual(expect.arrayContaining(['mysql', 'golang', 'busybox']));
  });

  it('searches by a part of the name, ignoring case, and pages', async () => {
    const found = ImageListSchema.parse((await images('?tab=official&name=SQL')).body);
    expect(found.items.map((i) => i.name)).toEqual(['mysql']);
    const second = ImageListSchema.parse((await images('?pageSize=5&page=2')).body);
    expect(second.items).toHaveLength(5);
    expect(second.total).toBeGreaterThan(10);
  });

  it.each([
    ['?tab=private', 'tab', 'Choose popular or official.'],
    ['?page=0', 'page', expect.any(String)],
    [`?name=${'n'.repeat(129)}`, 'name', 'Search with at most 128 characters.'],
  ])('refuses %s naming %s', async (query, field, message) => {
    const res = await images(query).expect(400);
    expect(res.body.fieldErrors).toContainEqual({ field, message });
  });

  it('lists the versions of an image, newest first, names with a slash encoded', async () => {
    const nginx = ImageTagsSchema.parse((await t.http.get('/api/v1/images/nginx/tags').set('Cookie', cookie)).body);
    expect(nginx.tags[0]).toBe('latest');
    expect(nginx.tags).toContain('1.27');
    const proxy = ImageTagsSchema.parse(
      (await t.http.get('/api/v1/images/acs%2Fproxy/tags').set('Cookie', cookie).expect(200)).body,
    );
    expect(proxy).toEqual({ name: 'acs/proxy', repository: 'registry.aliyuncs.com/acs/proxy', tags: ['0.5', '0.4'] });
  });

  it('answers 404 for an image the catalogue does not have', async () => {
    const res = await t.http.get('/api/v1/images/no-such-image/tags').set('Cookie', cookie).expect(404);
    expect(res.body.detail).toBe('Image no-such-image does not exist.');
  });

  it('needs a session', async () => {
    await t.http.get('/api/v1/images').expect(401);
  });
});

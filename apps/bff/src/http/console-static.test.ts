import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../testing/test-server.ts';
import type { TestServer } from '../testing/test-server.ts';

describe('the console files', () => {
  let t: TestServer;
  let dist: string;
  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'cs-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>console</title>');
    writeFileSync(join(dist, 'assets', 'app-1234.js'), 'console.log(1)');
    t = await startTestServer({ env: { CONSOLE_DIST: dist } });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('serves assets for a year and index.html for client routes', async () => {
    const asset = await t.http.get('/assets/app-1234.js').expect(200);
    expect(asset.get('cache-control')).toContain('immutable');
    await t.http.head('/assets/app-1234.js').expect(200);
    const page = await t.http.get('/clusters/c-1/nodes').expect(200);
    expect(page.text).toContain('<title>console</title>');
    expect(page.get('cache-control')).toBe('no-store');
  });

  it.each([
    '/assets/nonexistent.js',
    '/assets/%00',
    '/assets/..%2f..%2fetc/passwd',
    '/assets/%2e%2e/%2e%2e/etc/passwd',
    '/assets/..%5c..%5cetc%5cpasswd',
    '/assets/',
    '/assets',
    '/assets/%ZZ',
  ])('answers GET %s with a 404 problem, logged at most as a warning', async (path) => {
    const before = t.logs.length;
    const res = await t.http.get(path).expect(404);
    expect(res.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 404, detail: 'There is no such console file.' });
    expect(JSON.stringify(res.body)).not.toContain('passwd');
    const logged = t.logs.slice(before);
    expect(logged.map((l) => l.level)).toEqual(['info']);
    expect(JSON.stringify(logged)).not.toContain('stack');
  });

  it.each([
    ['POST', '/assets/app-1234.js', 404],
    ['DELETE', '/clusters', 404],
    ['GET', '/%ZZ', 400],
  ] as const)('answers %s %s with a %i problem', async (method, path, status) => {
    const res = await t.http[method.toLowerCase() as 'get'](path).expect(status);
    expect(res.get('content-type')).toMatch(/^application\/problem\+json/);
  });
});

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Response } from 'supertest';
import { listRoutes } from '../testing/app-routes.ts';
import type { AppRoute } from '../testing/app-routes.ts';
import { postgresAvailable } from '../testing/test-database.ts';
import { startTestServer } from '../testing/test-server.ts';
import type { TestServer } from '../testing/test-server.ts';
import { PROBLEM_TYPES } from './problem.ts';

/** Routes that answer without a session (DESIGN.md); every other one must say 401 before reading a body. */
const PUBLIC = [
  'GET /api/v1/health',
  'POST /api/v1/session',
  'POST /api/v1/attach/:token',
  'GET /api/v1/attach/:token/script',
];
/** Server-Sent Events: a well-formed GET opens a stream, so only their HEAD and refused GETs are thrown here. */
const STREAMS = ['/api/v1/watch', '/api/v1/clusters/:id/logs'];
const MAX_LOG_LINE = 2_000;

interface Hostile {
  name: string;
  /** Which routes it applies to. */
  applies: (route: AppRoute) => boolean;
  signedIn: boolean;
  path?: (route: AppRoute) => string;
  headers?: Record<string, string>;
  body?: string;
  /** The status it must get; otherwise any 4xx or 2xx will do. */
  expected?: (route: AppRoute) => number | undefined;
}

/** Routes that read no body, so a broken one is not theirs to refuse. */
const BODYLESS = ['DELETE /api/v1/session'];
const hasBody = (r: AppRoute) =>
  r.method !== 'GET' && r.method !== 'HEAD' && !BODYLESS.includes(`${r.method} ${r.path}`);
const hasParams = (r: AppRoute) => r.path.includes('/:');
const isPublic = (r: AppRoute) => PUBLIC.includes(`${r.method} ${r.path}`);
const fill = (r: AppRoute, value: string) => r.path.replace(/:\w+/g, value);
const sample = (r: AppRoute) => fill(r, 'x1');
const JSON_HEADERS = { 'content-type': 'application/json' };

const HOSTILE: Hostile[] = [
  {
    name: 'a stranger with a malformed body',
    applies: () => true,
    signedIn: false,
    headers: JSON_HEADERS,
    body: '{"broken":',
    expected: (r) => (isPublic(r) ? undefined : 401),
  },
  {
    name: 'Content-Encoding: gzip on a plain body',
    applies: hasBody,
    signedIn: true,
    headers: { ...JSON_HEADERS, 'content-encoding': 'gzip' },
    body: '{"a":1}',
    expected: () => 400,
  },
  ...['deflate', 'br'].map((encoding) => ({
    name: `Content-Encoding: ${encoding} on a plain body`,
    applies: hasBody,
    signedIn: true,
    headers: { ...JSON_HEADERS, 'content-encoding': encoding },
    body: '{"a":1}',
    expected: () => 400,
  })),
  {
    name: 'an unsupported Content-Encoding',
    applies: hasBody,
    signedIn: true,
    headers: { ...JSON_HEADERS, 'content-encoding': 'x-unheard-of' },
    body: '{"a":1}',
    expected: () => 415,
  },
  {
    name: 'a charset that is not UTF-8',
    applies: hasBody,
    signedIn: true,
    headers: { 'content-type': 'application/json; charset=x-mac-klingon' },
    body: '{"a":1}',
    expected: () => 415,
  },
  {
    name: 'malformed JSON',
    applies: hasBody,
    signedIn: true,
    headers: JSON_HEADERS,
    body: '{"a":',
    expected: () => 400,
  },
  {
    name: 'a body over the limit',
    applies: hasBody,
    signedIn: true,
    headers: JSON_HEADERS,
    body: JSON.stringify({ content: 'x'.repeat(1_100_000) }),
    expected: () => 413,
  },
  {
    name: 'JSON nested 100,000 deep',
    applies: hasBody,
    signedIn: true,
    headers: JSON_HEADERS,
    body: `{"content":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
  },
  {
    name: 'NUL characters in every string',
    applies: hasBody,
    signedIn: true,
    headers: JSON_HEADERS,
    body: JSON.stringify({ name: 'a\u0000b', content: 'a:\n  image: "\u0000"\n', instanceId: '\u0000', tag: '\u0000' }),
  },
  {
    name: 'a malformed percent-encoding in a path parameter',
    applies: hasParams,
    signedIn: true,
    path: (r) => fill(r, '%ZZ'),
    expected: () => 400,
  },
  {
    name: 'a NUL in a path parameter',
    applies: hasParams,
    signedIn: true,
    path: (r) => fill(r, 'a%00b'),
  },
  {
    name: 'a NUL in the query',
    applies: (r) => r.method === 'GET' && !STREAMS.includes(r.path),
    signedIn: true,
    path: (r) => `${sample(r)}?name=a%00b&tab=mine&region=a%00b`,
  },
  {
    name: 'a 5,000-character path parameter',
    applies: hasParams,
    signedIn: true,
    path: (r) => fill(r, 'p'.repeat(5_000)),
  },
  {
    name: 'a hostile query',
    applies: (r) => r.method === 'GET' && !STREAMS.includes(r.path),
    signedIn: true,
    path: (r) => `${sample(r)}?page=%ZZ&name[]=x&pageSize=1e400&tab=%00&region=${'r'.repeat(5_000)}`,
  },
];

function assertProblem(res: Response, method: string): void {
  expect(res.status).toBeLessThan(500);
  if (res.status < 400 || method === 'HEAD') return;
  expect(res.get('content-type')).toMatch(/^application\/problem\+json/);
  const status = res.status as keyof typeof PROBLEM_TYPES;
  expect(res.body).toMatchObject({ status, type: PROBLEM_TYPES[status].type, detail: expect.any(String) });
}

const engines = [['sqlite'], ...((await postgresAvailable()) ? [['postgres']] : [])] as ['sqlite' | 'postgres'][];

describe.each(engines)('hostile requests to every route (%s)', (engine) => {
  let t: TestServer;
  let cookie: string;
  let routes: AppRoute[];
  beforeAll(async () => {
    t = await startTestServer({ engine });
    cookie = await t.signIn();
    const seen = new Set<string>();
    routes = listRoutes(t.server.app).filter((r) => {
      const key = `${r.method} ${r.path}`;
      if (!r.path.startsWith('/api/') || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    cookie = await t.signIn();
  });

  it('finds the routes it throws at', () => {
    expect(routes.length).toBeGreaterThan(40);
    for (const route of PUBLIC) expect(routes.map((r) => `${r.method} ${r.path}`)).toContain(route);
  });

  it.each(HOSTILE.map((h) => [h.name, h] as const))(
    'answers %s with 4xx problem+json, never 5xx',
    async (_name, hostile) => {
      const answers: string[] = [];
      for (const route of routes.filter(hostile.applies)) {
        let req = t.http[route.method.toLowerCase() as 'get'](hostile.path?.(route) ?? sample(route));
        if (hostile.signedIn) req = req.set('Cookie', cookie);
        for (const [name, value] of Object.entries(hostile.headers ?? {})) req = req.set(name, value);
        const res = await (hostile.body !== undefined ? req.send(hostile.body) : req);
        answers.push(`${route.method} ${route.path} → ${res.status}`);
        const expected = hostile.expected?.(route);
        expect({ route, status: res.status }).toEqual({ route, status: expected ?? res.status });
        assertProblem(res, route.method);
      }
      expect(answers.length).toBeGreaterThan(0);
    },
  );

  it('answers HEAD on every GET route, streams included, without a body or a 5xx', async () => {
    for (const route of routes.filter((r) => r.method === 'GET')) {
      const res = await t.http.head(sample(route)).set('Cookie', cookie).timeout(5_000);
      expect({ route, status: res.status }).toEqual({ route, status: expect.any(Number) });
      assertProblem(res, 'HEAD');
    }
    const watch = await t.http.head('/api/v1/watch').set('Cookie', cookie).timeout(5_000).expect(200);
    expect(watch.get('content-type')).toMatch(/^text\/event-stream/);
  });

  it('names an unknown address in its 404 only up to a bound', async () => {
    const res = await t.http
      .get(`/api/v1/${'n'.repeat(5_000)}`)
      .set('Cookie', cookie)
      .expect(404);
    expect(res.body.detail).toMatch(/^There is no API route GET \/api\/v1\/n+…\(4808 more\)\.$/);
  });

  it('logged nothing as an error and no line longer than it must be', () => {
    expect(t.logs.filter((l) => l.level === 'error')).toEqual([]);
    const longest = Math.max(...t.logs.map((l) => JSON.stringify(l).length));
    expect(longest).toBeLessThan(MAX_LOG_LINE);
  });
});

import fc from 'fast-check';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReadyCluster } from '../testing/cluster-fixtures.ts';
import { postgresAvailable } from '../testing/test-database.ts';
import { startTestServer } from '../testing/test-server.ts';
import type { TestServer } from '../testing/test-server.ts';

/** A body as JSON when it is one document, else as text: a pull answers a stream of JSON lines, as Docker does. */
function lenientJson(res: NodeJS.ReadableStream, done: (error: Error | null, body: unknown) => void): void {
  let text = '';
  res.setEncoding('utf8');
  res.on('data', (chunk: string) => (text += chunk));
  res.on('end', () => {
    try {
      done(null, JSON.parse(text));
    } catch {
      done(null, text);
    }
  });
}

const hasPostgres = await postgresAvailable();
const MINUTE = 60_000;

describe.each([
  { engine: 'sqlite' as const, skip: false },
  { engine: 'postgres' as const, skip: !hasPostgres },
])('the Docker API of a cluster on $engine, probed as a client would and as an attacker would', ({ engine, skip }) => {
  let t: TestServer;
  let ours: ReturnType<typeof request>;
  let theirs: ReturnType<typeof request>;
  let theirContainer: string;

  beforeAll(async () => {
    if (skip) return;
    t = await startTestServer({ engine, dockerWaitBudgetMs: 2_000 });
    const cookie = await t.signIn();
    const a = await createReadyCluster(t, cookie, { name: 'ours', quantity: 1 });
    const b = await createReadyCluster(t, cookie, { name: 'theirs', quantity: 1 });
    await t.http
      .post('/api/v1/applications')
      .set('Cookie', cookie)
      .send({ clusterId: b, name: 'secret', template: 'web:\n  image: nginx\n' })
      .expect(201);
    await t.advance(MINUTE);
    const list = await t.http.get('/api/v1/containers').query({ clusterId: b, name: 'secret' }).set('Cookie', cookie);
    theirContainer = list.body.items[0].metadata.id as string;
    ours = request(t.server.dockerApp(a));
    theirs = request(t.server.dockerApp(b));
  }, 60_000);
  afterAll(async () => {
    if (!skip) await t.close();
  });

  it.skipIf(skip)("sees only its own cluster's containers, by name or id", async () => {
    await theirs.get('/v1.27/containers/secret_web_1/json').expect(200);
    await theirs.get(`/containers/${theirContainer.slice(0, 8)}/json`).expect(200);
    for (const reference of ['secret_web_1', theirContainer, theirContainer.slice(0, 6)]) {
      const res = await ours.get(`/v1.27/containers/${reference}/json`).expect(404);
      expect(res.body.message).toBe(`No such container: ${reference}`);
      await ours.post(`/containers/${reference}/stop`).expect(404);
      await ours.delete(`/containers/${reference}?force=1`).expect(404);
    }
    const listed = await ours.get('/containers/json?all=1').expect(200);
    expect(listed.body.map((c: { Names: string[] }) => c.Names[0])).not.toContainEqual(
      expect.stringContaining('secret'),
    );
  });

  it.skipIf(skip)('lists images from the containers and pulls, in SQL on either engine', async () => {
    const images = await theirs.get('/images/json').expect(200);
    const tags = images.body.map((i: { RepoTags: string[] }) => i.RepoTags[0]);
    // nginx for the application, and the images of the cluster's system applications.
    expect(tags).toEqual(expect.arrayContaining(['nginx:latest', 'registry.aliyuncs.com/acs/routing:0.7']));
    await theirs.get('/images/nginx/json').expect(200);
    await theirs.get('/images/nginx:1.11/json').expect(404);
  });

  it.skipIf(skip)(
    "answers the API version of the cluster's Docker on every response, JSON as Docker writes it",
    async () => {
      const ping = await ours.head('/_ping').expect(200);
      expect(ping.headers['api-version']).toBe('1.27');
      const missing = await ours.get('/containers/nope/json').expect(404);
      expect(missing.headers['content-type']).toBe('application/json');
    },
  );

  it.skipIf(skip)('refuses malformed requests with 4xx in Docker’s shape, naming the problem', async () => {
    const cases: [ReturnType<typeof ours.get>, number, RegExp][] = [
      [ours.get('/containers/json?filters=not-json'), 400, /Invalid filters/],
      [ours.get('/containers/json?filters={"nope":["x"]}'), 400, /Invalid filter 'nope'/],
      [ours.get('/containers/json?filters={"status":["zzz"]}'), 400, /status: zzz/],
      [ours.get('/containers/json?filters={"label":[1]}'), 400, /Invalid filter 'label'/],
      [ours.get('/containers/json?limit=lots'), 400, /limit/],
      [ours.get('/containers/x/logs'), 400, /choose at least one stream/],
      [ours.get('/containers/x/logs?stdout=1&tail=many'), 400, /tail/],
      [ours.get('/containers/a%00b/json'), 400, /NUL/],
      [
        ours.post('/containers/create').set('Content-Type', 'application/json').send('{"Image":'),
        400,
        /not valid JSON/,
      ],
      [ours.post('/containers/create').send({ Image: 'nginx' }), 501, /outside a Compose project/],
      [
        ours.post('/containers/create').send({
          Image: 'nginx',
          Labels: { 'com.docker.compose.project': 'p', 'com.docker.compose.service': 'web' },
        }),
        400,
        /container-number/,
      ],
      [
        ours.post('/containers/create').send({
          Image: 'nginx',
          Labels: {
            'com.docker.compose.project': 'under_score',
            'com.docker.compose.service': 'web',
            'com.docker.compose.container-number': '1',
            'com.docker.compose.oneoff': 'False',
          },
        }),
        400,
        /application name/,
      ],
      [ours.post('/images/create?fromImage=Not%20An%20Image'), 400, /invalid reference format/],
      [ours.post('/images/create'), 400, /fromImage/],
      [ours.post('/networks/create').send({ Name: '../etc' }), 400, /Name/],
      [ours.post('/networks/create').send({ Name: 'bridge' }), 409, /already exists/],
      [
        ours.post('/networks/create').send({ Name: 'p_front', Labels: { 'com.docker.compose.network': 'front' } }),
        400,
        /networks/,
      ],
      [ours.delete('/networks/bridge'), 403, /pre-defined/],
      [ours.post('/containers/x/exec'), 501, /POST \/containers\/x\/exec is not supported/],
      [ours.post('/build'), 501, /not supported/],
    ];
    for (const [pending, status, message] of cases) {
      const res = await pending;
      expect({ status: res.status, message: res.body.message }).toEqual({
        status,
        message: expect.stringMatching(message),
      });
    }
    const big = await ours.post('/containers/create').send({ Image: 'nginx', Env: ['A='.padEnd(1_100_000, 'x')] });
    expect(big.status).toBe(413);
  });

  it.skipIf(skip)(
    'never fails with a 5xx on whatever a client sends (501 names what is not supported)',
    async () => {
      const segment = fc.oneof(
        fc.constantFrom(
          'containers',
          'images',
          'networks',
          'json',
          'logs',
          'create',
          'v1.27',
          '_ping',
          'info',
          'secret_web_1',
        ),
        fc.string({ maxLength: 12 }).map(encodeURIComponent),
      );
      await fc.assert(
        fc.asyncProperty(
          fc.array(segment, { minLength: 1, maxLength: 4 }),
          fc.constantFrom('get', 'post', 'delete', 'head'),
          fc.dictionary(
            fc.constantFrom('filters', 'all', 'limit', 'tail', 'stdout', 'fromImage', 'tag', 'force', 'name'),
            fc.string({ maxLength: 20 }),
          ),
          async (segments, method, query) => {
            const res = await ours[method](`/${segments.join('/')}`)
              .query(query)
              // superagent hands node's response stream to a parser, typed as its own Response.
              .parse((body, done) => lenientJson(body as unknown as NodeJS.ReadableStream, done))
              .timeout(10_000);
            if (res.status === 501 && method !== 'head') expect(res.body.message).toMatch(/is not supported/);
            else if (res.status === 501) expect(res.headers['content-type']).toBe('application/json');
            else expect(res.status).toBeLessThan(500);
          },
        ),
        { numRuns: 150 },
      );
    },
    120_000,
  );
});

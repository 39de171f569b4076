import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { get } from 'node:http';
import type { ContainerDto, ContainerList, LogBatchDto, LogsDto } from '@cs/contracts';
import { LogBatchSchema } from '@cs/contracts';
import { deployApplication } from '../testing/application-fixtures.ts';
import { MINUTE } from '../testing/cluster-fixtures.ts';
import { openSseStream } from '../testing/sse-client.ts';
import type { SseStream } from '../testing/sse-client.ts';
import { startTestServer } from '../testing/test-server.ts';
import type { TestServer } from '../testing/test-server.ts';

/** Three web servers writing access logs, and a database that writes little after its start. */
const TEMPLATE = `web:
  image: nginx:1.10
  labels:
    aliyun.scale: "3"
db:
  image: mysql:5.7
`;
const RFC3339_NANO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z$/;

describe('log views of containers, services and applications', () => {
  let t: TestServer;
  let cookie: string;
  let applicationId: string;
  let webId: string;
  let web: ContainerDto[];

  beforeEach(async () => {
    t = await startTestServer();
    cookie = await t.signIn();
    ({ applicationId } = await deployApplication(t, cookie, { name: 'shop', template: TEMPLATE, minutes: 30 }));
    const list = await t.http
      .get('/api/v1/containers')
      .query({ applicationId, name: 'shop_web' })
      .set('Cookie', cookie);
    web = (list.body as ContainerList).items;
    webId = web[0]!.spec.serviceId;
  });
  afterEach(() => t.close());

  const logs = async (path: string, query: Record<string, string | number> = {}) =>
    (await t.http.get(`/api/v1${path}/logs`).query(query).set('Cookie', cookie).expect(200)).body as LogsDto;
  const perContainer = (answer: LogsDto) => {
    const counts = new Map<string, number>();
    for (const line of answer.lines) counts.set(line.containerName, (counts.get(line.containerName) ?? 0) + 1);
    return counts;
  };
  /** Resolves once `followers` looks are on the clock beside the `idle` timers of the rest of the server. */
  const followersWait = (idle: number, followers: number) => expect.poll(() => t.clock.pending).toBe(idle + followers);
  /** Steps simulated time a second at a time, each a look of the follower, until `count` batches came. */
  const advanceUntil = async (stream: SseStream<LogBatchDto>, count: number, idle: number) => {
    for (let second = 0; second < 600 && stream.events.length < count; second++) {
      await followersWait(idle, 1);
      await t.advance(1_000);
      await Promise.race([stream.next(count), followersWait(idle, 1)]);
    }
    await stream.next(count);
  };
  const inTimeOrder = (answer: LogsDto) =>
    answer.lines.every((line, i) => i === 0 || answer.lines[i - 1]!.time <= line.time);

  it('shows a container’s newest lines, Entries Per Container of them, to the nanosecond', async () => {
    const container = web[0]!;
    const answer = await logs(`/containers/${container.metadata.id}`);
    const all = await logs(`/containers/${container.metadata.id}`, { tail: 10_000 });
    expect(answer.lines).toEqual(all.lines.slice(-100));
    expect(answer.lines.length).toBeGreaterThan(5);
    expect(answer.lines.every((l) => l.containerName === container.metadata.name && RFC3339_NANO.test(l.time))).toBe(
      true,
    );
    expect(inTimeOrder(answer)).toBe(true);
    expect(answer).toMatchObject({ containersTotal: 1, containersShown: 1, tailPerContainer: 100 });
    const five = await logs(`/containers/${container.metadata.id}`, { tail: 5 });
    expect(five.lines).toEqual(answer.lines.slice(-5));
  });

  it('merges a service’s and an application’s containers in time order, the last `tail` of each', async () => {
    const service = await logs(`/services/${webId}`, { tail: 7 });
    expect([...perContainer(service)].sort()).toEqual([
      ['shop_web_1', 7],
      ['shop_web_2', 7],
      ['shop_web_3', 7],
    ]);
    expect(inTimeOrder(service)).toBe(true);
    expect(service.containers.map((c) => c.name)).toEqual(['shop_web_1', 'shop_web_2', 'shop_web_3']);
    const application = await logs(`/applications/${applicationId}`, { tail: 3 });
    expect(application.containersTotal).toBe(4);
    expect([...perContainer(application).keys()].sort()).toEqual([
      'shop_db_1',
      'shop_web_1',
      'shop_web_2',
      'shop_web_3',
    ]);
  });

  it('filters by container name, start time and literal text', async () => {
    const only = await logs(`/services/${webId}`, { container: 'shop_web_2' });
    expect([...perContainer(only).keys()]).toEqual(['shop_web_2']);
    expect(only.containers).toHaveLength(3);

    const all = await logs(`/services/${webId}`, { tail: 50 });
    const since = all.lines[Math.floor(all.lines.length / 2)]!.time;
    const later = await logs(`/services/${webId}`, { tail: 50, since });
    expect(later.lines.length).toBeGreaterThan(0);
    expect(later.lines.every((l) => Date.parse(l.time) >= Date.parse(since))).toBe(true);
    expect(later.lines.length).toBeLessThan(all.lines.length);

    const found = await logs(`/services/${webId}`, { tail: 50, q: 'get /' });
    expect(found.lines.length).toBeGreaterThan(0);
    expect(found.lines.every((l) => l.text.toLowerCase().includes('get /'))).toBe(true);
    expect((await logs(`/services/${webId}`, { q: '.*' })).lines).toEqual([]);
  });

  it('downloads <name>.log in the guide’s `name | time text` form', async () => {
    const res = await t.http
      .get(`/api/v1/services/${webId}/logs/download`)
      .query({ tail: 4 })
      .set('Cookie', cookie)
      .expect(200);
    expect(res.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(res.get('content-disposition')).toBe('attachment; filename=shop_web.log');
    const lines = res.text.split('\n').filter(Boolean);
    expect(lines).toHaveLength(12);
    expect(lines.every((line) => /^shop_web_\d \| \d{4}-\d\d-\d\dT[\d:.]{18}Z /.test(line))).toBe(true);
    const app = await t.http.get(`/api/v1/applications/${applicationId}/logs/download`).set('Cookie', cookie);
    expect(app.get('content-disposition')).toBe('attachment; filename=shop.log');
  });

  it('follows new lines over Server-Sent Events and resumes from Last-Event-ID', async () => {
    const origin = await t.listen();
    const idle = t.clock.pending;
    const path = `/api/v1/services/${webId}/logs/stream?tail=2`;
    const stream = await openSseStream<LogBatchDto>(origin, path, cookie, (d) => LogBatchSchema.parse(d));
    await stream.next(1);
    const [first] = stream.events;
    expect(first!.event).toBe('lines');
    expect(first!.data.lines).toHaveLength(6);
    expect(first!.id).toBe(Date.parse(first!.data.to));

    await advanceUntil(stream, 2, idle);
    const followed = stream.events.slice(1).flatMap((e) => e.data.lines);
    expect(followed.length).toBeGreaterThan(0);
    expect(followed.every((l) => l.time >= first!.data.to)).toBe(true);
    stream.close();

    await followersWait(idle, 0);
    const resumed = await openSseStream<LogBatchDto>(origin, path, cookie, (d) => LogBatchSchema.parse(d), first!.id);
    await advanceUntil(resumed, 1, idle);
    const again = resumed.events[0]!.data.lines;
    expect(again.slice(0, followed.length)).toEqual(followed);
    resumed.close();
  });

  it('ends a follow when the client goes and when the server shuts down', async () => {
    const origin = await t.listen();
    const idle = t.clock.pending;
    const path = `/api/v1/containers/${web[0]!.metadata.id}/logs/stream`;
    const stream = await openSseStream<LogBatchDto>(origin, path, cookie, (d) => LogBatchSchema.parse(d));
    await stream.next(1);
    await expect.poll(() => t.clock.pending).toBe(idle + 1);
    stream.close();
    await expect.poll(() => t.clock.pending).toBe(idle);

    const ended = new Promise<string>((resolve) => {
      get(`${origin}${path}`, { headers: { cookie } }, (res) => {
        res.setEncoding('utf8');
        let body = '';
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve(body));
      });
    });
    await expect.poll(() => t.clock.pending).toBe(idle + 1);
    await t.server.close();
    expect(await ended).toMatch(/^retry: 2000\n\nid: \d+\nevent: lines\n/);
    t = await t.restart().catch(() => t);
  });

  it('answers 404 for unknown ids and 400 naming the field for bad queries', async () => {
    for (const kind of ['containers', 'services', 'applications'])
      for (const part of ['', '/download', '/stream']) {
        const res = await t.http.get(`/api/v1/${kind}/nope/logs${part}`).set('Cookie', cookie).expect(404);
        expect(res.get('content-type')).toMatch(/^application\/problem\+json/);
      }
    const nul = await t.http.get(`/api/v1/services/${webId}/logs?since=%00`).set('Cookie', cookie).expect(400);
    expect(nul.body.detail).toMatch(/NUL/);
    const bad: [string, string][] = [
      ['since=yesterday', 'since'],
      ['tail=0', 'tail'],
      ['tail=10001', 'tail'],
      ['tail=1e400', 'tail'],
      ['tail=abc', 'tail'],
      ['tail=1&tail=2', 'tail'],
      [`q=${'x'.repeat(201)}`, 'q'],
      ['container=a%0D%0Ab', 'container'],
      ['container=shop_db_1', 'container'],
      ['container=nobody', 'container'],
    ];
    for (const [query, field] of bad)
      for (const part of ['', '/download', '/stream']) {
        const res = await t.http.get(`/api/v1/services/${webId}/logs${part}?${query}`).set('Cookie', cookie);
        expect({ query, part, status: res.status, body: res.body }).toMatchObject({ query, part, status: 400 });
        expect(res.body.fieldErrors.map((e: { field: string }) => e.field)).toEqual([field]);
      }
    const huge = await logs(`/containers/${web[0]!.metadata.id}`, { tail: 10_000 });
    expect(huge.lines.length).toBeGreaterThan(100);
    expect(huge.lines.length).toBeLessThanOrEqual(10_000);
  });

  it('has no logs for a removed container: they went with it', async () => {
    const gone = web[2]!;
    await t.http.delete(`/api/v1/containers/${gone.metadata.id}`).set('Cookie', cookie).expect(202);
    await t.advance(MINUTE);
    await t.http.get(`/api/v1/containers/${gone.metadata.id}/logs`).set('Cookie', cookie).expect(404);
    const service = await logs(`/services/${webId}`);
    expect(service.lines.some((l) => l.containerId === gone.metadata.id)).toBe(false);
  });
});

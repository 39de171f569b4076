import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EventSchema, WatchEventSchema } from '@cs/contracts';
import { openSseStream } from '../testing/sse-client.ts';
import { startTestServer } from '../testing/test-server.ts';
import type { TestServer } from '../testing/test-server.ts';

describe('event streams', () => {
  let t: TestServer;
  let cookie: string;
  let origin: string;
  beforeEach(async () => {
    t = await startTestServer();
    cookie = await t.signIn();
    origin = await t.listen();
  });
  afterEach(async () => {
    await t.close();
  });

  const createCluster = (name: string) =>
    t.http
      .post('/api/v1/clusters')
      .set('Cookie', cookie)
      .send({ name, region: 'cn-hangzhou', zone: 'cn-hangzhou-b', networkType: 'classic', nodes: null })
      .expect(201);
  const watch = (lastEventId?: number) =>
    openSseStream(origin, '/api/v1/watch', cookie, (d) => WatchEventSchema.parse(d), lastEventId);

  it('streams ADDED then MODIFIED changes as the simulator moves a cluster', async () => {
    const stream = await watch();
    const { body } = await createCluster('watched');
    await stream.next(2);
    expect(stream.events[0]).toMatchObject({
      event: 'change',
      data: { type: 'ADDED', kind: 'cluster', id: body.metadata.id, resourceVersion: body.metadata.resourceVersion },
    });
    // The request's operation record, written with the change.
    expect(stream.events[1]?.data).toMatchObject({ type: 'ADDED', kind: 'operation' });
    await t.advance(60_000);
    await stream.next(3);
    expect(stream.events[2]?.data).toMatchObject({ type: 'MODIFIED', id: body.metadata.id });
    stream.close();
  });

  it('replays what a reconnecting client missed after its Last-Event-ID', async () => {
    const first = await createCluster('one');
    await createCluster('two');
    const stream = await watch(first.body.metadata.resourceVersion);
    await stream.next(1);
    expect(stream.events[0]?.data).toMatchObject({
      type: 'ADDED',
      resourceVersion: first.body.metadata.resourceVersion + 1,
    });
    stream.close();
  });

  it("follows a cluster's log from its first line as the simulator writes it", async () => {
    const { body } = await createCluster('logged');
    const stream = await openSseStream(origin, `/api/v1/clusters/${body.metadata.id}/logs`, cookie, (d) =>
      EventSchema.parse(d),
    );
    await stream.next(1);
    expect(stream.events[0]).toMatchObject({
      event: 'log',
      data: { reason: 'ClusterCreating', message: 'Start to create cluster logged.' },
    });
    await t.advance(5 * 60_000);
    await stream.next(5);
    expect(stream.events.map((e) => e.data.reason)).toEqual([
      'ClusterCreating',
      'NetworkReady',
      'SecurityGroupReady',
      'LoadBalancerReady',
      'ClusterCreated',
    ]);
    stream.close();
  });

  it.each(['1e999', '-5', 'abc', '9'.repeat(40)])(
    'replays the log from its first line after a Last-Event-ID of %j, which names no event',
    async (lastEventId) => {
      const { body } = await createCluster('logged');
      const stream = await openSseStream(
        origin,
        `/api/v1/clusters/${body.metadata.id}/logs`,
        cookie,
        (d) => EventSchema.parse(d),
        lastEventId,
      );
      await stream.next(1);
      expect(stream.events[0]?.data.reason).toBe('ClusterCreating');
      stream.close();
    },
  );

  it('answers HEAD with the stream headers and no stream', async () => {
    const { body } = await createCluster('headed');
    for (const path of ['/api/v1/watch', `/api/v1/clusters/${body.metadata.id}/logs`]) {
      const res = await t.http.head(path).set('Cookie', cookie).timeout(2_000).expect(200);
      expect(res.get('content-type')).toBe('text/event-stream; charset=utf-8');
    }
    await t.http.head('/api/v1/clusters/c-nope/logs').set('Cookie', cookie).timeout(2_000).expect(404);
  });

  it('refuses a client without a session, and a log of no cluster', async () => {
    await t.http.get('/api/v1/watch').expect(401);
    await t.http.get('/api/v1/clusters/c-nope/logs').set('Cookie', cookie).expect(404);
  });
});

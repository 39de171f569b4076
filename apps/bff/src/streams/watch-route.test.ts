import { get } from 'node:http';
import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WatchEventSchema } from '@cs/contracts';
import type { WatchEvent } from '@cs/contracts';
import { startTestServer } from '../testing/test-server.ts';
import type { TestServer } from '../testing/test-server.ts';

interface Stream {
  events: { id: number; data: WatchEvent }[];
  next(count: number): Promise<void>;
  close(): void;
}

/** Opens the SSE stream and parses its messages as they arrive. */
function openStream(port: number, cookie: string, lastEventId?: number): Promise<Stream> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { cookie, accept: 'text/event-stream' };
    if (lastEventId !== undefined) headers['last-event-id'] = String(lastEventId);
    const req = get({ host: '127.0.0.1', port, path: '/api/v1/watch', headers }, (res: IncomingMessage) => {
      expect(res.headers['content-type']).toBe('text/event-stream; charset=utf-8');
      const events: Stream['events'] = [];
      const waiters: (() => void)[] = [];
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const message = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const id = /^id: (\d+)$/m.exec(message)?.[1];
          const data = /^data: (.*)$/m.exec(message)?.[1];
          if (id && data) events.push({ id: Number(id), data: WatchEventSchema.parse(JSON.parse(data)) });
        }
        waiters.splice(0).forEach((w) => w());
      });
      resolve({
        events,
        next: (count) =>
          new Promise<void>((done) => {
            const check = () => (events.length >= count ? done() : waiters.push(check));
            check();
          }),
        close: () => req.destroy(),
      });
    });
    req.on('error', reject);
  });
}

describe('watch stream', () => {
  let t: TestServer;
  let cookie: string;
  let port: number;
  let close: () => void;
  beforeEach(async () => {
    t = await startTestServer();
    cookie = await t.signIn();
    const listener = t.server.app.listen(0, '127.0.0.1');
    await new Promise((r) => listener.once('listening', r));
    port = (listener.address() as AddressInfo).port;
    close = () => listener.close();
  });
  afterEach(async () => {
    await t.close();
    close();
  });

  const createCluster = (name: string) =>
    t.http
      .post('/api/v1/clusters')
      .set('Cookie', cookie)
      .send({ name, region: 'cn-hangzhou', zone: 'cn-hangzhou-b', networkType: 'classic', nodes: null })
      .expect(201);

  it('streams ADDED then MODIFIED changes as the simulator moves a cluster', async () => {
    const stream = await openStream(port, cookie);
    const { body } = await createCluster('watched');
    await stream.next(1);
    expect(stream.events[0]?.data).toEqual({
      type: 'ADDED',
      kind: 'cluster',
      id: body.metadata.id,
      resourceVersion: body.metadata.resourceVersion,
    });
    await t.advance(60_000);
    await stream.next(2);
    expect(stream.events[1]?.data).toMatchObject({ type: 'MODIFIED', id: body.metadata.id });
    stream.close();
  });

  it('replays what a reconnecting client missed after its Last-Event-ID', async () => {
    const first = await createCluster('one');
    await createCluster('two');
    const stream = await openStream(port, cookie, first.body.metadata.resourceVersion);
    await stream.next(1);
    expect(stream.events[0]?.data).toMatchObject({
      type: 'ADDED',
      resourceVersion: first.body.metadata.resourceVersion + 1,
    });
    stream.close();
  });

  it('refuses a client without a session', async () => {
    await t.http.get('/api/v1/watch').expect(401);
  });
});

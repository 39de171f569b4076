import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContainerList } from '@cs/contracts';
import { MINUTE, createReadyCluster } from '../testing/cluster-fixtures.ts';
import { startTestServer } from '../testing/test-server.ts';
import type { TestServer } from '../testing/test-server.ts';

/** The guide's "Load balancing and automatic service discovery between microservices" orchestration. */
const TEMPLATE = `restserver:
  image: nginx
  labels:
    aliyun.routing.port_80: restserver.local
    aliyun.scale: "2"
    aliyun.probe.url: "http://container:80"
    aliyun.probe.initial_delay_seconds: "2"
    aliyun.probe.timeout_seconds: "2"
restclient:
  image: registry.aliyuncs.com/acs-sample/alpine:3.3
  command: "sh -c 'apk update; apk add curl; while true; do curl --head restserver.local; sleep 1; done'"
  external_links:
    - "restserver.local"
`;

describe('service discovery between microservices through a .local routing domain', () => {
  let t: TestServer;
  let cookie: string;
  let client: string;
  let servers: string[];

  beforeAll(async () => {
    t = await startTestServer();
    cookie = await t.signIn();
    const clusterId = await createReadyCluster(t, cookie, { quantity: 2 });
    const created = await t.http
      .post('/api/v1/applications')
      .set('Cookie', cookie)
      .send({ clusterId, name: 'internal-loadbalance', template: TEMPLATE });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    await t.advance(5 * MINUTE);
    const list = (await t.http.get('/api/v1/containers').query({ name: 'internal-loadbalance_' }).set('Cookie', cookie))
      .body as ContainerList;
    client = list.items.find((c) => c.spec.serviceName === 'restclient')!.metadata.id;
    servers = list.items.filter((c) => c.spec.serviceName === 'restserver').map((c) => c.metadata.id);
    expect(servers).toHaveLength(2);
  });
  afterAll(() => t.close());

  it('balances curl from the client over both healthy restserver containers, each answer naming its CONTAINERID', async () => {
    const cookies: string[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await t.http
        .post(`/api/v1/containers/${client}/exec`)
        .set('Cookie', cookie)
        .send({ command: 'curl --head restserver.local' })
        .expect(200);
      expect(res.body.output).toMatch(/^HTTP\/1\.1 200 OK\nServer: nginx/);
      cookies.push(/Set-Cookie: CONTAINERID=([0-9a-f]+); path=\//.exec(res.body.output)![1]!);
    }
    expect(new Set(cookies)).toEqual(new Set(servers));
    expect(cookies[0]).not.toBe(cookies[1]);
  });

  it('stops sending to a container that is stopped', async () => {
    await t.http.post(`/api/v1/containers/${servers[0]}/stop`).set('Cookie', cookie).expect(202);
    await t.advance(MINUTE);
    for (let i = 0; i < 3; i++) {
      const res = await t.http
        .post(`/api/v1/containers/${client}/exec`)
        .set('Cookie', cookie)
        .send({ command: 'curl -I restserver.local' });
      expect(res.body.output).toContain(`CONTAINERID=${servers[1]}`);
    }
  });
});

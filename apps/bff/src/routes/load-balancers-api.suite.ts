import { afterEach, beforeEach, expect, it } from 'vitest';
import type {
  BackendServerList,
  CertificateDto,
  ClusterDto,
  LoadBalancerDetailDto,
  LoadBalancerDto,
  LoadBalancerList,
} from '@cs/contracts';
import { MINUTE, createReadyCluster } from '../testing/cluster-fixtures.ts';
import { privateKeyPem, selfSigned } from '../testing/pem-certificates.ts';
import { startTestServer } from '../testing/test-server.ts';
import type { TestServer } from '../testing/test-server.ts';

const RULE = /limited to 1~80 characters/;
const TCP_6379 = { frontendProtocol: 'tcp', frontendPort: 6379, backendProtocol: 'tcp', backendPort: 6379 };

/** The Server Load Balancer API, on either engine. */
export function loadBalancerApiSuite(engine: 'sqlite' | 'postgres'): void {
  let t: TestServer;
  let cookie: string;
  beforeEach(async () => {
    t = await startTestServer({ engine });
    cookie = await t.signIn();
  });
  afterEach(() => t.close());

  const api = (method: 'get' | 'post' | 'put' | 'delete', path: string) =>
    t.http[method](`/api/v1${path}`).set('Cookie', cookie);
  const fields = (body: { fieldErrors?: { field: string }[] }) => body.fieldErrors?.map((e) => e.field);
  const createSlb = async (name = 'slb_redis_app', region = 'cn-hangzhou') =>
    (await api('post', '/load-balancers').send({ region, name }).expect(201)).body as LoadBalancerDto;
  const uploadCertificate = async (name: string, pem = selfSigned('www.example.com'), region = 'cn-hangzhou') =>
    (
      await api('post', '/certificates')
        .send({ region, name, type: 'server', certificate: pem.certificate, privateKey: pem.privateKey })
        .expect(201)
    ).body as CertificateDto;

  it("lists the account's instances of a region, with their addresses", async () => {
    const list = (await api('get', '/load-balancers').query({ region: 'cn-hangzhou' }).expect(200))
      .body as LoadBalancerList;
    expect(list.items.map((lb) => [lb.metadata.name, lb.spec.origin, lb.spec.addressType]).sort()).toEqual([
      ['web-intranet', 'account', 'intranet'],
      ['web-public', 'account', 'internet'],
    ]);
    const byName = new Map(list.items.map((lb) => [lb.metadata.name, lb.status.address]));
    expect(byName.get('web-public')).toMatch(/^101\.37\./);
    expect(byName.get('web-intranet')).toMatch(/^10\./);
    const byId = (await api('get', '/load-balancers').query({ name: list.items[0]!.metadata.id }).expect(200))
      .body as LoadBalancerList;
    expect(byId.items.map((lb) => lb.metadata.id)).toEqual([list.items[0]!.metadata.id]);
  });

  it("makes each cluster's own instance acs-slb-<id> with HTTP 80 -> 9080, refuses to delete it, and releases it with the cluster", async () => {
    const clusterId = await createReadyCluster(t, cookie, { quantity: 1 });
    const cluster = (await api('get', `/clusters/${clusterId}`).expect(200)).body as ClusterDto;
    const slbId = cluster.status.resources.slbId!;
    const lb = (await api('get', `/load-balancers/${slbId}`).expect(200)).body as LoadBalancerDetailDto;
    expect(lb).toMatchObject({
      metadata: { name: `acs-slb-${clusterId}` },
      spec: { origin: 'cluster', clusterId, region: 'cn-hangzhou' },
      status: { phase: 'Running' },
      endpoint: null,
      usedBy: [{ clusterId, how: 'created' }],
    });
    expect(
      lb.spec.listeners.map((l) => [l.frontendProtocol, l.frontendPort, l.backendProtocol, l.backendPort]),
    ).toEqual([['http', 80, 'http', 9080]]);
    const refused = await api('delete', `/load-balancers/${slbId}`).expect(409);
    expect(refused.body.detail).toMatch(/created with cluster ops/);
    await api('put', `/load-balancers/${slbId}`)
      .send({ name: 'mine', resourceVersion: lb.metadata.resourceVersion })
      .expect(409);

    await api('delete', `/clusters/${clusterId}`).expect(202);
    await t.advance(2 * MINUTE);
    await api('get', `/load-balancers/${slbId}`).expect(404);
  });

  it('keeps the instance of a cluster deleted with Keep SLB, which can then be deleted', async () => {
    const clusterId = await createReadyCluster(t, cookie, { quantity: 0 });
    const { slbId } = ((await api('get', `/clusters/${clusterId}`).expect(200)).body as ClusterDto).status.resources;
    await api('delete', `/clusters/${clusterId}?keepSlb=true`).expect(202);
    await t.advance(2 * MINUTE);
    const kept = (await api('get', `/load-balancers/${slbId}`).expect(200)).body as LoadBalancerDetailDto;
    expect(kept.usedBy).toEqual([]);
    await api('delete', `/load-balancers/${slbId}`).expect(204);
  });

  it('creates, renames and deletes an instance, refusing names against the guide rule and stale edits', async () => {
    const lb = await createSlb();
    expect(lb.spec).toMatchObject({
      origin: 'console',
      addressType: 'internet',
      networkType: 'classic',
      listeners: [],
    });
    const taken = await api('post', '/load-balancers').send({ region: 'cn-hangzhou', name: 'slb_redis_app' });
    expect(taken.status).toBe(409);
    await api('post', '/load-balancers').send({ region: 'cn-beijing', name: 'slb_redis_app' }).expect(201);
    for (const name of ['', 'x'.repeat(81), 'x'.repeat(100_000), 'has space', 'ünïcode', '名字', 'a\u0000b', 7]) {
      const res = await api('post', '/load-balancers').send({ region: 'cn-hangzhou', name }).expect(400);
      expect(fields(res.body)).toEqual(['name']);
      expect(res.body.fieldErrors[0].message).toMatch(RULE);
    }
    const reserved = await api('post', '/load-balancers')
      .send({ region: 'cn-hangzhou', name: 'acs-slb-x' })
      .expect(400);
    expect(reserved.body.fieldErrors[0].message).toMatch(/created with clusters/);
    const region = await api('post', '/load-balancers').send({ region: 'mars-1', name: 'a' }).expect(400);
    expect(fields(region.body)).toEqual(['region']);
    await api('post', '/load-balancers').send({ region: 'cn-hangzhou', name: 'a', addressType: 'dmz' }).expect(400);

    const renamed = (
      await api('put', `/load-balancers/${lb.metadata.id}`)
        .send({ name: 'slb/redis.app-2', resourceVersion: lb.metadata.resourceVersion })
        .expect(200)
    ).body as LoadBalancerDto;
    expect(renamed.metadata.name).toBe('slb/redis.app-2');
    const stale = await api('put', `/load-balancers/${lb.metadata.id}`).send({
      name: 'again',
      resourceVersion: lb.metadata.resourceVersion,
    });
    expect(stale.status).toBe(409);
    await api('delete', `/load-balancers/${lb.metadata.id}`).expect(204);
    await api('get', `/load-balancers/${lb.metadata.id}`).expect(404);
    await api('delete', `/load-balancers/${lb.metadata.id}`).expect(404);
  });

  it('adds, stops, starts, changes and deletes listeners by the guide rules', async () => {
    const { metadata } = await createSlb();
    const listeners = `/load-balancers/${metadata.id}/listeners`;
    const added = (await api('post', listeners).send(TCP_6379).expect(201)).body as LoadBalancerDto;
    expect(added.spec.listeners[0]).toMatchObject({
      ...TCP_6379,
      bandwidth: null,
      scheduler: 'wrr',
      status: 'running',
      healthCheck: { enabled: true, timeoutSeconds: 5, intervalSeconds: 2, unhealthyThreshold: 3, healthyThreshold: 3 },
    });
    const clash = await api('post', listeners)
      .send({ ...TCP_6379, frontendProtocol: 'http', backendProtocol: 'http' })
      .expect(400);
    expect(clash.body.fieldErrors).toEqual([
      { field: 'frontendPort', message: 'Port 6379 is already used by the TCP listener of this instance.' },
    ]);
    await api('post', listeners)
      .send({ ...TCP_6379, frontendProtocol: 'udp', backendProtocol: 'udp' })
      .expect(201);
    const mixed = await api('post', listeners)
      .send({ ...TCP_6379, frontendPort: 1, backendProtocol: 'udp' })
      .expect(400);
    expect(mixed.body.fieldErrors[0].message).toBe('When the frontend protocol is TCP, the backend protocol is TCP.');
    const noCert = await api('post', listeners)
      .send({ frontendProtocol: 'https', frontendPort: 443, backendProtocol: 'http', backendPort: 9080 })
      .expect(400);
    expect(fields(noCert.body)).toEqual(['certificateId']);
    const ranges = await api('post', listeners)
      .send({
        ...TCP_6379,
        frontendPort: 70_000,
        bandwidth: 1001,
        healthCheck: { timeoutSeconds: 301, intervalSeconds: 0, unhealthyThreshold: 1, path: 'no-slash', domain: 'UP' },
      })
      .expect(400);
    expect(fields(ranges.body)?.sort()).toEqual([
      'bandwidth',
      'frontendPort',
      'healthCheck.domain',
      'healthCheck.intervalSeconds',
      'healthCheck.path',
      'healthCheck.timeoutSeconds',
      'healthCheck.unhealthyThreshold',
    ]);

    const ambiguous = await api('post', `${listeners}/6379/stop`).expect(400);
    expect(fields(ambiguous.body)).toEqual(['protocol']);
    const stopped = (await api('post', `${listeners}/6379/stop?protocol=tcp`).expect(200)).body as LoadBalancerDto;
    expect(stopped.spec.listeners.map((l) => [l.frontendProtocol, l.status])).toEqual([
      ['tcp', 'stopped'],
      ['udp', 'running'],
    ]);
    await api('post', `${listeners}/6379/start?protocol=tcp`).expect(200);
    const changed = (
      await api('put', `${listeners}/6379?protocol=udp`)
        .send({ frontendProtocol: 'udp', frontendPort: 53, backendProtocol: 'udp', backendPort: 53, bandwidth: 10 })
        .expect(200)
    ).body as LoadBalancerDto;
    expect(changed.spec.listeners.map((l) => [l.frontendPort, l.bandwidth])).toEqual([
      [6379, null],
      [53, 10],
    ]);
    await api('delete', `${listeners}/53`).expect(200);
    await api('delete', `${listeners}/53`).expect(404);
    for (const port of ['0', 'abc', '65536', '1e3'])
      expect(fields((await api('delete', `${listeners}/${port}`).expect(400)).body)).toEqual(['port']);
    await api('post', `/load-balancers/lb-nope/listeners`).send(TCP_6379).expect(404);
  });

  it('uploads certificates checked by X509Certificate and never answers the key', async () => {
    const pem = selfSigned('www.example.com');
    const created = await uploadCertificate('www.example.com', pem);
    expect(created.spec).toMatchObject({
      type: 'server',
      region: 'cn-hangzhou',
      commonName: 'www.example.com',
      subjectAltNames: ['www.example.com'],
      hasPrivateKey: true,
    });
    expect(created.spec.fingerprint).toMatch(/^([0-9A-F]{2}:){19}[0-9A-F]{2}$/);
    const fetched = await api('get', `/certificates/${created.metadata.id}`).expect(200);
    const listed = await api('get', '/certificates').query({ region: 'cn-hangzhou' }).expect(200);
    for (const body of [created, fetched.body, listed.body]) expect(JSON.stringify(body)).not.toContain('PRIVATE KEY');
    expect(listed.body.total).toBe(1);

    const upload = (body: Record<string, unknown>) =>
      api('post', '/certificates').send({ region: 'cn-hangzhou', name: 'c', type: 'server', ...body });
    const mismatch = await upload({ certificate: pem.certificate, privateKey: privateKeyPem() }).expect(400);
    expect(mismatch.body.fieldErrors).toEqual([
      { field: 'privateKey', message: 'The private key does not match the certificate.' },
    ]);
    const expired = selfSigned('old.example.com', { fromDays: -400, days: 30 });
    const old = await upload(expired).expect(400);
    expect(old.body.fieldErrors[0]).toMatchObject({
      field: 'certificate',
      message: expect.stringMatching(/expired on/),
    });
    const garbage = await upload({ certificate: '-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----' });
    expect(garbage.status).toBe(400);
    expect(fields(garbage.body)).toEqual(['certificate']);
    expect(fields((await upload({ certificate: 'x'.repeat(70_000) }).expect(400)).body)).toEqual(['certificate']);
    expect(fields((await upload({ certificate: pem.certificate, privateKey: 'nope' }).expect(400)).body)).toEqual([
      'privateKey',
    ]);
    expect(fields((await upload({ certificate: pem.certificate }).expect(400)).body)).toEqual(['privateKey']);
    const ca = await upload({ type: 'ca', certificate: pem.certificate, privateKey: pem.privateKey }).expect(400);
    expect(ca.body.fieldErrors[0].message).toMatch(/CA Certificate has no private key/);
    const caOk = await upload({ name: 'root-ca', type: 'ca', certificate: pem.certificate }).expect(201);
    expect(caOk.body.spec.hasPrivateKey).toBe(false);
    expect((await upload({ name: 'www.example.com', ...pem })).status).toBe(409);
    expect(fields((await upload({ name: 'bad name', ...pem }).expect(400)).body)).toEqual(['name']);
  });

  it('serves HTTPS listeners with a server certificate of the region, and refuses to delete it while used', async () => {
    const { metadata } = await createSlb();
    const cert = await uploadCertificate('www.example.com');
    const beijing = await uploadCertificate('bj', selfSigned('bj.example.com'), 'cn-beijing');
    const https = { frontendProtocol: 'https', frontendPort: 443, backendProtocol: 'http', backendPort: 9080 };
    const listeners = `/load-balancers/${metadata.id}/listeners`;
    const other = await api('post', listeners)
      .send({ ...https, certificateId: beijing.metadata.id })
      .expect(400);
    expect(other.body.fieldErrors[0].message).toMatch(/does not exist in the region of this instance/);
    const toHttps = await api('post', listeners)
      .send({ ...https, backendProtocol: 'https', certificateId: cert.metadata.id })
      .expect(400);
    expect(toHttps.body.fieldErrors[0].message).toBe(
      'When the frontend protocol is HTTPS, the backend protocol is HTTP.',
    );
    await api('post', listeners)
      .send({ ...https, certificateId: cert.metadata.id, healthCheck: { path: '/haproxy-monitor' } })
      .expect(201);
    const refused = await api('delete', `/certificates/${cert.metadata.id}`).expect(409);
    expect(refused.body.detail).toMatch(/used by the listener\(s\) slb_redis_app \(HTTPS:443\)/);
    await api('delete', `${listeners}/443`).expect(200);
    await api('delete', `/certificates/${cert.metadata.id}`).expect(204);
  });

  it('binds stored instances only, refuses to delete a bound one, and lists the backend servers lb labels bind', async () => {
    const clusterId = await createReadyCluster(t, cookie, { quantity: 1 });
    const lb = await createSlb();
    const beijing = await createSlb('bj', 'cn-beijing');
    const bind = (slbId: string) => api('put', `/clusters/${clusterId}/load-balancer`).send({ slbId });
    expect(fields((await bind(beijing.metadata.id).expect(400)).body)).toEqual(['slbId']);
    expect(fields((await bind('lb-bp1nosuchinstance00').expect(400)).body)).toEqual(['slbId']);
    await bind(lb.metadata.id).expect(200);
    const refused = await api('delete', `/load-balancers/${lb.metadata.id}`).expect(409);
    expect(refused.body.detail).toMatch(/bound to cluster ops/);

    const template = [
      'redis:',
      '  image: redis:3.2',
      '  ports:',
      '    - 6379:6379',
      '  labels:',
      '    aliyun.lb.port_6379: tcp://slb_redis_app:6379',
      '',
    ].join('\n');
    await api('post', '/applications').send({ clusterId, name: 'redis-demo', template }).expect(201);
    await t.advance(MINUTE);
    const servers = (await api('get', `/load-balancers/${lb.metadata.id}/backend-servers`).expect(200))
      .body as BackendServerList;
    expect(servers).toMatchObject({ total: 1, truncated: false });
    expect(servers.items[0]).toMatchObject({
      hostPort: 6379,
      frontPort: 6379,
      scheme: 'tcp',
      serviceName: 'redis-demo_redis',
      clusterId,
      nodeIp: expect.stringMatching(/^\d+\.\d+\.\d+\.\d+$/),
    });
    expect(['Normal', 'Initial']).toContain(servers.items[0]!.health);
    const none = (await api('get', `/load-balancers/${beijing.metadata.id}/backend-servers`).expect(200))
      .body as BackendServerList;
    expect(none.total).toBe(0);
    await api('get', `/load-balancers/${lb.metadata.id}/backend-servers?pageSize=1000`).expect(400);
  });
}

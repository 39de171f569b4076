import { exec, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { AttachResponseSchema, ClusterSchema, NodeListSchema } from '@cs/contracts';
import { loadBalancersOf } from '@cs/domain';
import { MINUTE, NODE_PASSWORD, PRODUCTION_VPC, createReadyCluster } from '../testing/cluster-fixtures.ts';
import { startTestServer } from '../testing/test-server.ts';
import type { TestServer } from '../testing/test-server.ts';

const HANGZHOU_SLB = loadBalancersOf('cn-hangzhou')[0]!.id;
const BEIJING_SLB = loadBalancersOf('cn-beijing')[0]!.id;

describe('cluster actions API', () => {
  let t: TestServer;
  let cookie: string;
  beforeEach(async () => {
    t = await startTestServer();
    cookie = await t.signIn();
  });
  afterEach(async () => {
    await t.close();
  });

  const post = (path: string, body: object = {}) =>
    t.http.post(`/api/v1/clusters/${path}`).set('Cookie', cookie).send(body);
  const cluster = async (id: string) =>
    ClusterSchema.parse((await t.http.get(`/api/v1/clusters/${id}`).set('Cookie', cookie).expect(200)).body);
  const nodes = async (id: string) =>
    NodeListSchema.parse((await t.http.get(`/api/v1/clusters/${id}/nodes`).set('Cookie', cookie).expect(200)).body)
      .items;
  const bind = (id: string, slbId: string) =>
    t.http.put(`/api/v1/clusters/${id}/load-balancer`).set('Cookie', cookie).send({ slbId });
  const expand = (id: string, overrides: object = {}) =>
    post(`${id}/expand`, {
      quantity: 2,
      zone: 'cn-hangzhou-d',
      instanceType: 'ecs.n1.medium',
      operatingSystem: 'CentOS 7.0 64-bit',
      ...NODE_PASSWORD,
      ...overrides,
    });

  it('expands into a second zone: Scaling, then Running with 4 nodes across two zones', async () => {
    const id = await createReadyCluster(t, cookie);
    expect((await expand(id).expect(202)).body.status.phase).toBe('Scaling');
    await expand(id).expect(409);
    await t.advance(5 * MINUTE);
    expect((await cluster(id)).status).toMatchObject({ phase: 'Running', nodeCount: 4 });
    expect(new Set((await nodes(id)).map((n) => n.spec.zone))).toEqual(new Set(['cn-hangzhou-b', 'cn-hangzhou-d']));
  });

  it.each([
    [{ zone: 'cn-beijing-a' }, 'zone', 'Select a zone of China East 1 (Hangzhou).'],
    [
      { quantity: 19 },
      'quantity',
      'A cluster can contain up to 20 nodes; this one has 2, so at most 18 more can be added.',
    ],
    [{ quantity: 0 }, 'quantity', 'Add at least 1 instance.'],
    [{ password: 'weakpass', confirmPassword: 'weakpass' }, 'password', expect.stringContaining('three types')],
  ])('refuses an expansion %j naming %s', async (overrides, field, message) => {
    const id = await createReadyCluster(t, cookie);
    const res = await expand(id, overrides).expect(400);
    expect(res.body.fieldErrors).toContainEqual({ field, message });
  });

  it('refuses to expand a cluster still Initial', async () => {
    const created = await t.http
      .post('/api/v1/clusters')
      .set('Cookie', cookie)
      .send({ name: 'young', region: 'cn-hangzhou', zone: 'cn-hangzhou-b', networkType: 'classic', nodes: null })
      .expect(201);
    const refused = await expand(created.body.metadata.id).expect(409);
    expect(refused.body.detail).toMatch(
      /^The cluster is Initial; expand is only possible when it is Inactive, Running\.$/,
    );
  });

  it('adds existing instances automatically, activating an Inactive cluster', async () => {
    const id = await createReadyCluster(t, cookie, { quantity: 0 });
    expect((await cluster(id)).status.phase).toBe('Inactive');
    const res = await post(`${id}/attach`, {
      mode: 'automatic',
      instanceIds: ['i-bp1e53wf4nduuju249c1', 'i-bp1b3qe0cb6wd8w3jv2v'],
      ...NODE_PASSWORD,
    }).expect(202);
    expect(AttachResponseSchema.parse(res.body)).toMatchObject({ cluster: { status: { phase: 'Scaling' } } });
    await t.advance(5 * MINUTE);
    expect((await cluster(id)).status).toMatchObject({ phase: 'Running', nodeCount: 2 });
    expect((await nodes(id)).map((n) => [n.metadata.id, n.spec.origin])).toEqual([
      ['i-bp1e53wf4nduuju249c1', 'attached-automatically'],
      ['i-bp1b3qe0cb6wd8w3jv2v', 'attached-automatically'],
    ]);
  });

  it.each([
    [
      { mode: 'manual', instanceIds: ['i-bp17ttsrmc3o0g5kbc0w'] },
      /the Container Service requires Linux 3\.18 or higher/,
    ],
    [
      { mode: 'manual', instanceIds: ['i-bp1c8rmb2ifw6q9m3gnh'] },
      /is not in the cluster's network \(classic network\)/,
    ],
    [
      { mode: 'manual', instanceIds: ['i-bp1e53wf4nduuju249c1', 'i-bp1b3qe0cb6wd8w3jv2v'] },
      /^Select exactly one instance to add manually\.$/,
    ],
    [
      { mode: 'automatic', instanceIds: ['i-2ze0y6xjwzvb1s8o7mvn'], ...NODE_PASSWORD },
      /is not an ECS instance of this account in cn-hangzhou/,
    ],
  ])('refuses to attach %j', async (body, message) => {
    const id = await createReadyCluster(t, cookie, { quantity: 0 });
    const res = await post(`${id}/attach`, body).expect(400);
    expect(res.body.fieldErrors).toContainEqual({ field: 'instanceIds', message: expect.stringMatching(message) });
  });

  it('refuses to add an instance without an EIP automatically, giving the reason of the guide', async () => {
    const id = await createReadyCluster(t, cookie, { quantity: 0, vpc: PRODUCTION_VPC });
    const res = await post(`${id}/attach`, {
      mode: 'automatic',
      instanceIds: ['i-bp1c8rmb2ifw6q9m3gnh', 'i-bp1f0s2nbm0wv7s7h4xe'],
      ...NODE_PASSWORD,
    }).expect(400);
    expect(res.body.fieldErrors).toEqual([
      {
        field: 'instanceIds',
        message:
          'i-bp1f0s2nbm0wv7s7h4xe has no EIP. Make sure that your ECS instance has a public IP (classic network) or EIP (VPC); otherwise, the ECS instance might not be added successfully.',
      },
    ]);
    expect((await cluster(id)).status.phase).toBe('Inactive');
  });

  it('refuses more nodes for a cluster of 20, by Expand or Add Existing Instances: it is full', async () => {
    const id = await createReadyCluster(t, cookie, { quantity: 20 });
    const full = 'A cluster can contain up to 20 nodes; this one is full.';
    expect((await expand(id, { quantity: 1 }).expect(400)).body.fieldErrors).toEqual([
      { field: 'quantity', message: full },
    ]);
    const attach = { mode: 'automatic', instanceIds: ['i-bp1e53wf4nduuju249c1'], ...NODE_PASSWORD };
    expect((await post(`${id}/attach`, attach).expect(400)).body.fieldErrors).toEqual([
      { field: 'instanceIds', message: full },
    ]);
  });

  it('adds an instance manually when the shown command is run, and the token works once', async () => {
    const origin = await t.listen();
    const id = await createReadyCluster(t, cookie);
    const answer = await t.http
      .post(`/api/v1/clusters/${id}/attach`)
      .set('Cookie', cookie)
      .set('Host', 'attacker.example')
      .send({ mode: 'manual', instanceIds: ['i-bp1e53wf4nduuju249c1'] })
      .expect(202);
    const { attachCommand } = AttachResponseSchema.parse(answer.body) as { attachCommand: { command: string } };
    // Built from PUBLIC_URL (the test server's origin), never the request's Host.
    expect(attachCommand.command).toMatch(
      /^curl -fsSL 'http:\/\/127\.0\.0\.1:\d+\/api\/v1\/attach\/[\w-]{32}\/script' \| bash -s -- --instance-id 'i-bp1e53wf4nduuju249c1'$/,
    );
    expect(attachCommand.command.startsWith(`curl -fsSL '${origin}/`)).toBe(true);

    // Asynchronously: the BFF answering curl runs in this process.
    const run = promisify(exec);
    const { stdout } = await run(attachCommand.command, { shell: '/bin/bash' });
    expect(stdout).toContain(`Added i-bp1e53wf4nduuju249c1 to cluster ops`);
    // A used token serves no script: curl fails on the 404 and bash gets nothing to run.
    const again = await run(attachCommand.command, { shell: '/bin/bash' });
    expect(again).toEqual({ stdout: '', stderr: expect.stringContaining('error: 404') });

    await t.advance(5 * MINUTE);
    expect((await nodes(id)).find((n) => n.metadata.id === 'i-bp1e53wf4nduuju249c1')?.spec.origin).toBe(
      'attached-manually',
    );
    expect((await cluster(id)).status).toMatchObject({ phase: 'Running', nodeCount: 3 });
  });

  it('upgrades Docker only after the Agent, then both are the latest', async () => {
    const id = await createReadyCluster(t, cookie);
    const tooOld = await post(`${id}/upgrade-docker`, { mode: 'direct' }).expect(409);
    expect(tooOld.body.detail).toBe(
      'Your Agent version (0.9-093100b) is too old: upgrade the Agent first, then Docker.',
    );
    expect((await post(`${id}/upgrade-agent`, { migrateContainers: false }).expect(202)).body.status.phase).toBe(
      'Updating',
    );
    await t.advance(3 * MINUTE);
    await post(`${id}/upgrade-agent`).expect(409);
    await post(`${id}/upgrade-docker`, { mode: 'snapshot' }).expect(202);
    await post(`${id}/upgrade-docker/decision`, { decision: 'continue' }).expect(409);
    await t.advance(6 * MINUTE);
    expect((await cluster(id)).status).toMatchObject({
      phase: 'Running',
      agentVersion: '0.10-a3b4c51',
      dockerVersion: '17.06.2-ce',
    });
    expect((await nodes(id)).map((n) => n.status.dockerVersion)).toEqual(['17.06.2-ce', '17.06.2-ce']);
    const bad = await post(`${id}/upgrade-docker`, { mode: 'sideways' }).expect(400);
    expect(bad.body.fieldErrors[0].field).toBe('mode');
  });

  it('upgrades the chosen system services, and refuses when they are already the latest', async () => {
    const id = await createReadyCluster(t, cookie);
    await post(`${id}/upgrade-system-services`, { services: [] }).expect(400);
    await post(`${id}/upgrade-system-services`, { services: ['acsrouting'] }).expect(202);
    await t.advance(3 * MINUTE);
    expect((await cluster(id)).status.systemServices).toMatchObject({ acsrouting: '0.8', acslogging: '0.7' });
    const again = await post(`${id}/upgrade-system-services`, { services: ['acsrouting'] }).expect(409);
    expect(again.body.detail).toMatch(/already the latest version/);
  });

  it('clears the disk and reports what it freed in the events', async () => {
    const id = await createReadyCluster(t, cookie);
    await post(`${id}/clear-disk`).expect(202);
    await t.advance(2 * MINUTE);
    const events = await t.server.store.events.listForCluster(id, { page: 1, pageSize: 10 });
    expect(events.items.map((e) => e.message)).toContainEqual(
      expect.stringMatching(/^Clear Disk on 2 node\(s\) completed: removed \d+ unused image/),
    );
  });

  it('sets the root domain and binds an SLB, refusing malformed ones', async () => {
    const id = await createReadyCluster(t, cookie);
    const set = await t.http
      .put(`/api/v1/clusters/${id}/root-domain`)
      .set('Cookie', cookie)
      .send({ rootDomain: 'Example.COM' })
      .expect(200);
    expect(set.body.spec.rootDomain).toBe('example.com');
    const bad = await t.http
      .put(`/api/v1/clusters/${id}/root-domain`)
      .set('Cookie', cookie)
      .send({ rootDomain: 'not a domain' })
      .expect(400);
    expect(bad.body.fieldErrors).toEqual([
      { field: 'rootDomain', message: 'Enter a domain name such as example.com.' },
    ]);
    const bound = await bind(id, HANGZHOU_SLB).expect(200);
    expect(bound.body.spec.boundSlbId).toBe(HANGZHOU_SLB);
    await bind(id, 'nope').expect(400);
  });

  it('binds only a Server Load Balancer of the cluster region, naming the id and region it misses', async () => {
    const id = await createReadyCluster(t, cookie);
    const other = await createReadyCluster(t, cookie, { name: 'other' });
    const created = (await cluster(other)).status.resources.slbId!;
    expect((await bind(id, created).expect(200)).body.spec.boundSlbId).toBe(created);
    for (const slbId of ['lb-bp1abcdefgh12345678', BEIJING_SLB]) {
      const refused = await bind(id, slbId).expect(400);
      expect(refused.body.fieldErrors).toEqual([
        {
          field: 'slbId',
          message: expect.stringMatching(
            new RegExp(
              `^Server Load Balancer ${slbId} does not exist in China East 1 \\(Hangzhou\\) \\(cn-hangzhou\\)\\.`,
            ),
          ),
        },
      ]);
    }
    expect((await cluster(id)).spec.boundSlbId).toBe(created);
  });

  it('gives a certFile.zip whose client certificate the cluster CA signed, the same on every download', async () => {
    const id = await createReadyCluster(t, cookie);
    const download = async () =>
      (
        await t.http
          .get(`/api/v1/clusters/${id}/certs`)
          .set('Cookie', cookie)
          .buffer(true)
          .parse((res, done) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => done(null, Buffer.concat(chunks)));
          })
          .expect(200)
          .expect('content-disposition', /^attachment; filename="?certFile\.zip"?$/)
      ).body as Buffer;
    const files = unzipSync(new Uint8Array(await download()));
    expect(Object.keys(files).sort()).toEqual(['ca.pem', 'cert.pem', 'key.pem']);
    const dir = mkdtempSync(join(tmpdir(), 'cs-certs-'));
    try {
      for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), strFromU8(bytes));
      expect(execFileSync('openssl', ['verify', '-CAfile', 'ca.pem', 'cert.pem'], { cwd: dir, encoding: 'utf8' })).toBe(
        'cert.pem: OK\n',
      );
      const certKey = execFileSync('openssl', ['x509', '-noout', '-pubkey', '-in', 'cert.pem'], {
        cwd: dir,
        encoding: 'utf8',
      });
      const privateKey = execFileSync('openssl', ['pkey', '-pubout', '-in', 'key.pem'], { cwd: dir, encoding: 'utf8' });
      expect(certKey).toBe(privateKey);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(unzipSync(new Uint8Array(await download()))['ca.pem']).toEqual(files['ca.pem']);
  });
});

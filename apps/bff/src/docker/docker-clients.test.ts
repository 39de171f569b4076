import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReadyCluster } from '../testing/cluster-fixtures.ts';
import { clientSetup, dockerClientsMissing, keepTimeMoving, runClient } from '../testing/docker-clients.ts';
import type { ClientSetup } from '../testing/docker-clients.ts';
import { startTestServer } from '../testing/test-server.ts';
import type { TestServer } from '../testing/test-server.ts';

const TEMPLATE = `version: '2'
services:
  web:
    image: nginx:latest
    ports:
      - "80"
    labels:
      aliyun.probe.url: http://container:80/license.txt
  db:
    image: redis:3.2
`;

const missing = dockerClientsMissing.length > 0;
// `npm test` installs both (scripts/bootstrap.sh), so under CI a missing client is a failure, not a skip.
if (missing && process.env['CI'] === 'true') throw new Error(`${dockerClientsMissing.join(' and ')} not installed`);
if (missing)
  it.skip(
    `skipped: the real Docker clients' tests (${dockerClientsMissing.join(' and ')} not installed; npm test installs them)`,
  );

describe.skipIf(missing)('the real docker and docker-compose clients against a cluster endpoint', () => {
  let t: TestServer;
  let cookie: string;
  let clusterId: string;
  let otherClusterId: string;
  let client: ClientSetup;
  let stopTime: () => Promise<void>;
  const docker = (...args: string[]) => runClient('docker', args, client);
  const compose = (...args: string[]) =>
    runClient('docker-compose', ['--no-ansi', '-p', 'demo', '-f', join(client.cwd, 'demo.yml'), ...args], client);
  const api = (path: string) => t.http.get(`/api/v1${path}`).set('Cookie', cookie);

  beforeAll(async () => {
    t = await startTestServer({ env: { DOCKER_ENDPOINTS: 'on' } });
    cookie = await t.signIn();
    clusterId = await createReadyCluster(t, cookie, { name: 'docker-demo', quantity: 2 });
    otherClusterId = await createReadyCluster(t, cookie, { name: 'other', quantity: 1 });
    await t.server.docker.settled();
    const cluster = await api(`/clusters/${clusterId}`).expect(200);
    const endpoint = cluster.body.status.resources.dockerEndpoint as string;
    expect(endpoint).toMatch(/^tcp:\/\/127\.0\.0\.1:\d+$/);
    client = await clientSetup(t, cookie, clusterId, endpoint);
    writeFileSync(join(client.cwd, 'demo.yml'), TEMPLATE);
    stopTime = keepTimeMoving(t);
  }, 60_000);

  afterAll(async () => {
    await stopTime?.();
    await t?.close();
  });

  it('negotiates the API version of the cluster Docker and describes the cluster as Swarm does', async () => {
    const version = await docker('version', '--format', '{{.Server.Version}} {{.Server.APIVersion}}');
    expect(version.stderr).toBe('');
    expect(version.stdout.trim()).toBe('17.03.1-ce 1.27');
    const info = await docker('info');
    expect(info.code).toBe(0);
    expect(info.stdout).toContain('Strategy: spread');
    expect(info.stdout).toContain('Nodes: 2');
    expect(info.stdout).toMatch(new RegExp(`${clusterId}-node1: \\d+\\.\\d+\\.\\d+\\.\\d+:2376`));
    expect(info.stdout).toContain('Server Version: swarm/1.2.8');
  });

  it('deploys a Compose project as an application, with the same engine and records as the console', async () => {
    const up = await compose('up', '-d');
    expect(up.stderr).toMatch(/Creating demo_web_1 \.\.\. done/);
    expect(up.code).toBe(0);
    const apps = await api(`/applications?clusterId=${clusterId}&name=demo`).expect(200);
    expect(apps.body.items).toHaveLength(1);
    const services = await api(`/services?applicationId=${apps.body.items[0].metadata.id}`).expect(200);
    expect(services.body.items.map((s: { metadata: { name: string } }) => s.metadata.name).sort()).toEqual([
      'db',
      'web',
    ]);

    const ps = await compose('ps');
    expect(ps.code).toBe(0);
    expect(ps.stdout).toMatch(/demo_web_1 .* Up .*:\d+->80\/tcp/);
    expect(ps.stdout).toMatch(/demo_db_1 .* Up/);

    const listed = await docker(
      'ps',
      '--filter',
      'label=com.docker.compose.project=demo',
      '--format',
      '{{.Names}} {{.Status}}',
    );
    const lines = listed.stdout.split('\n').filter(Boolean);
    expect(lines.every((line) => new RegExp(`^${clusterId}-node\\d/demo_\\w+_1 Up`).test(line))).toBe(true);
    expect(lines.map((line) => line.split(/[/ ]/)[1]).sort()).toEqual(['demo_db_1', 'demo_web_1']);
    const inspect = await docker(
      'inspect',
      '--format',
      '{{.State.Status}} {{index .Config.Labels "com.docker.compose.service"}}',
      'demo_web_1',
    );
    expect(inspect.stdout.trim()).toBe('running web');
  });

  it('shows logs, tails them and follows them', async () => {
    const tail = await docker('logs', '--tail', '3', 'demo_web_1');
    expect(tail.code).toBe(0);
    expect(`${tail.stdout}${tail.stderr}`.split('\n').filter(Boolean)).toHaveLength(3);
    const logs = await compose('logs', '--tail', '2', 'web');
    expect(logs.stdout).toMatch(/web_1 +\| /);

    const follower = spawn('docker', ['logs', '-f', '--tail', '0', 'demo_web_1'], { env: client.env });
    let followed = '';
    follower.stdout.on('data', (chunk) => (followed += String(chunk)));
    await expect.poll(() => followed.split('\n').filter(Boolean).length, { timeout: 20_000 }).toBeGreaterThan(0);
    follower.kill();
  });

  it('stops, starts and restarts containers through the console operations', async () => {
    const stop = await docker('stop', 'demo_db_1');
    expect(stop.stdout.trim()).toBe('demo_db_1');
    const containers = await api(`/containers?clusterId=${clusterId}&name=demo_db`).expect(200);
    expect(containers.body.items[0].status.phase).toBe('exited');
    const events = await api(`/containers/${containers.body.items[0].metadata.id}`).expect(200);
    expect(events.body.spec.desiredState).toBe('stopped');
    expect((await docker('start', 'demo_db_1')).code).toBe(0);
    expect((await docker('restart', 'demo_db_1')).code).toBe(0);
    const ps = await docker('ps', '--filter', 'name=demo_db', '--format', '{{.Status}}');
    expect(ps.stdout).toMatch(/^Up /);
  });

  it('pulls images and lists what the cluster has', async () => {
    const pull = await docker('pull', 'busybox');
    expect(pull.code).toBe(0);
    expect(pull.stdout).toContain('Status: Downloaded newer image for busybox:latest');
    const images = await docker('images', '--format', '{{.Repository}}:{{.Tag}}');
    expect(images.stdout.split('\n')).toEqual(expect.arrayContaining(['busybox:latest', 'nginx:latest', 'redis:3.2']));
  });

  it('scales a service, stops the project and takes it down', async () => {
    const scale = await compose('scale', 'web=3');
    expect(scale.code).toBe(0);
    const web = await docker('ps', '--filter', 'label=com.docker.compose.service=web', '--format', '{{.Names}}');
    expect(web.stdout.split('\n').filter(Boolean)).toHaveLength(3);
    const stop = await compose('stop');
    expect(stop.code).toBe(0);
    const running = await docker('ps', '--filter', 'label=com.docker.compose.project=demo', '-q');
    expect(running.stdout.trim()).toBe('');
    const down = await compose('down');
    expect(down.code).toBe(0);
    const all = await docker('ps', '-a', '--filter', 'label=com.docker.compose.project=demo', '-q');
    expect(all.stdout.trim()).toBe('');
    await expect
      .poll(async () => (await api(`/applications?clusterId=${clusterId}&name=demo`)).body.items.length, {
        timeout: 20_000,
      })
      .toBe(0);
  });

  it("answers what it does not know or do in Docker's words", async () => {
    const inspect = await docker('container', 'inspect', 'no-such-container');
    expect(inspect.code).not.toBe(0);
    expect(inspect.stderr).toContain('No such container: no-such-container');
    const stop = await docker('stop', 'no-such-container');
    expect(stop.stderr).toContain('No such container: no-such-container');
    const top = await docker('top', 'demo_web_1');
    expect(top.code).not.toBe(0);
    expect(top.stderr).toMatch(
      /GET \/containers\/demo_web_1\/top is not supported by the Container Service's Docker endpoint/,
    );
    writeFileSync(
      join(client.cwd, 'tty.yml'),
      "version: '2'\nservices:\n  shell:\n    image: busybox\n    tty: true\n",
    );
    const tty = await runClient(
      'docker-compose',
      ['--no-ansi', '-p', 'tty', '-f', join(client.cwd, 'tty.yml'), 'up', '-d'],
      client,
    );
    expect(tty.code).not.toBe(0);
    expect(tty.stderr).toContain('`tty` is not supported');
  });

  it('refuses a client without a certificate of this cluster at the handshake', async () => {
    const caOnly = join(client.cwd, 'ca-only');
    mkdirSync(caOnly);
    copyFileSync(join(client.certPath, 'ca.pem'), join(caOnly, 'ca.pem'));
    const none = await runClient('docker', ['version'], {
      ...client,
      env: { ...client.env, DOCKER_CERT_PATH: caOnly },
    });
    expect(none.code).not.toBe(0);
    expect(none.stderr).toMatch(/certificate/);
    const other = await clientSetup(t, cookie, otherClusterId, client.endpoint);
    const wrong = await runClient('docker', ['version'], other);
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toMatch(/certificate/);
  });
});

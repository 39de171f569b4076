import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINUTE, createReadyCluster } from '../testing/cluster-fixtures.ts';
import { clientSetup } from '../testing/docker-clients.ts';
import type { ClientSetup } from '../testing/docker-clients.ts';
import { startTestServer } from '../testing/test-server.ts';
import type { TestServer } from '../testing/test-server.ts';

const TEMPLATE = [
  'web:',
  '  image: nginx:latest',
  '  labels:',
  '    aliyun.scale: "2"',
  'db:',
  '  image: mysql:5.7',
  '',
].join('\n');

const onPath = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const missing = ['prometheus', 'promtool'].filter((c) => !onPath(c));
// `npm test` installs it (scripts/bootstrap.sh --with-browser): under CI a missing binary is a failure.
if (missing.length > 0 && process.env['CI'] === 'true') throw new Error(`${missing.join(' and ')} not installed`);
if (missing.length > 0)
  it.skip(`skipped: the real Prometheus test (${missing.join(' and ')} not installed; npm test installs them)`);

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

interface QueryResult {
  metric: Record<string, string>;
  value: [number, string];
}

describe.skipIf(missing.length > 0)('a real Prometheus scraping a cluster’s endpoint over mutual TLS', () => {
  let t: TestServer;
  let cookie: string;
  let clusterId: string;
  let client: ClientSetup;
  let prometheus: ChildProcess | undefined;
  let prometheusUrl: string;
  let prometheusLog = '';

  beforeAll(async () => {
    t = await startTestServer({ env: { DOCKER_ENDPOINTS: 'on' } });
    cookie = await t.signIn();
    clusterId = await createReadyCluster(t, cookie, { name: 'scraped', quantity: 2 });
    await t.http
      .post('/api/v1/applications')
      .set('Cookie', cookie)
      .send({ clusterId, name: 'shop', template: TEMPLATE })
      .expect(201);
    await t.advance(2 * MINUTE);
    await t.server.docker.settled();
    const cluster = await t.http.get(`/api/v1/clusters/${clusterId}`).set('Cookie', cookie).expect(200);
    const endpoint = cluster.body.status.resources.dockerEndpoint as string;
    client = await clientSetup(t, cookie, clusterId, endpoint);
    const target = endpoint.replace(/^tcp:\/\//, '');
    const config = join(client.cwd, 'prometheus.yml');
    writeFileSync(
      config,
      [
        'global:',
        '  scrape_interval: 1s',
        'scrape_configs:',
        '  - job_name: cluster',
        '    scheme: https',
        '    tls_config:',
        `      ca_file: ${join(client.certPath, 'ca.pem')}`,
        `      cert_file: ${join(client.certPath, 'cert.pem')}`,
        `      key_file: ${join(client.certPath, 'key.pem')}`,
        '    static_configs:',
        `      - targets: ['${target}']`,
        '',
      ].join('\n'),
    );
    const data = join(client.cwd, 'tsdb');
    mkdirSync(data);
    const port = await freePort();
    prometheusUrl = `http://127.0.0.1:${port}`;
    prometheus = spawn(
      'prometheus',
      [`--config.file=${config}`, `--storage.tsdb.path=${data}`, `--web.listen-address=127.0.0.1:${port}`],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    prometheus.stderr?.on(
      'data',
      (chunk: Buffer) => (prometheusLog = (prometheusLog + chunk.toString()).slice(-4_000)),
    );
  }, 60_000);

  afterAll(async () => {
    prometheus?.kill('SIGTERM');
    await t?.close();
  });

  const query = async (promql: string): Promise<QueryResult[]> => {
    const res = await fetch(`${prometheusUrl}/api/v1/query?query=${encodeURIComponent(promql)}`).catch(() => undefined);
    if (!res?.ok) return [];
    return ((await res.json()) as { data: { result: QueryResult[] } }).data.result;
  };

  it('stores the simulated series with their labels', async () => {
    let result: QueryResult[] = [];
    for (let i = 0; i < 40 && result.length === 0; i++) {
      result = await query('container_memory_usage_bytes{container_name="shop_db_1"}');
      if (result.length === 0) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    if (result.length === 0) {
      const targets = await fetch(`${prometheusUrl}/api/v1/targets`).then((r) => r.text(), String);
      throw new Error(`Prometheus has no series after 20 s. Targets: ${targets}\nLog: ${prometheusLog}`);
    }
    expect(result[0]!.metric).toMatchObject({
      job: 'cluster',
      cluster_id: clusterId,
      container_name: 'shop_db_1',
      service: 'db',
      application: 'shop',
    });
    expect(result[0]!.metric['node']).toMatch(/^node[12]$/);
    // mysql's profile: hundreds of megabytes.
    expect(Number(result[0]!.value[1])).toBeGreaterThan(100 * 1024 * 1024);
    const web = await query('container_cpu_usage_percent{service="web"}');
    expect(web.map((r) => r.metric['container_name']).sort()).toEqual(['shop_web_1', 'shop_web_2']);
    const cluster = await query(`cluster_cpu_usage_percent{cluster_id="${clusterId}"}`);
    expect(Number(cluster[0]!.value[1])).toBeGreaterThan(0);
    expect((await query('up{job="cluster"}'))[0]!.value[1]).toBe('1');
  }, 30_000);

  it('passes promtool check metrics', async () => {
    const res = await t.http.get(`/api/v1/clusters/${clusterId}/metrics/prometheus`).set('Cookie', cookie).expect(200);
    const check = spawnSync('promtool', ['check', 'metrics'], { input: res.text, encoding: 'utf8' });
    expect(check.stdout + check.stderr).toBe('');
    expect(check.status).toBe(0);
  });
});

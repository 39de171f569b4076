import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MonitoringIntegrationDto } from '@cs/contracts';
import { MINUTE, createReadyCluster } from '../testing/cluster-fixtures.ts';
import { startTestServer } from '../testing/test-server.ts';
import type { TestServer } from '../testing/test-server.ts';
import { parseAddonAddress } from '../services/metrics/integrations.ts';

describe('an addon address', () => {
  it('is schema:hostIp:port', () => {
    expect(parseAddonAddress('http:60.205.150.64:8086')).toEqual({ schema: 'http', host: '60.205.150.64', port: 8086 });
    expect(parseAddonAddress('https://influx.local:443')).toEqual({ schema: 'https', host: 'influx.local', port: 443 });
    for (const bad of [
      '60.205.150.64:8086',
      'http:60.205.150.64',
      'ftp:1.2.3.4:21',
      'http:1.2.3.999:80',
      'http:a b:80',
      'http:1.2.3.4:70000',
    ])
      expect(typeof parseAddonAddress(bad)).toBe('string');
  });
});

describe('the monitoring addons', () => {
  let t: TestServer;
  let cookie: string;
  let clusterId: string;
  const writes: { url: string; body: string }[] = [];
  const influx = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      writes.push({ url: req.url ?? '', body });
      res.writeHead(204).end();
    });
  });

  beforeAll(async () => {
    await once(influx.listen(0, '127.0.0.1'), 'listening');
    const { port } = influx.address() as AddressInfo;
    t = await startTestServer();
    cookie = await t.signIn();
    clusterId = await createReadyCluster(t, cookie, { quantity: 1 });
    const template = [
      'web:',
      '  image: nginx:latest',
      '  labels:',
      `    aliyun.monitoring.addon.influxdb: "http:127.0.0.1:${port}"`,
      '    aliyun.monitoring.addon.prometheus: "http://127.0.0.1:9090"',
      '',
    ].join('\n');
    await t.http
      .post('/api/v1/applications')
      .set('Cookie', cookie)
      .send({ clusterId, name: 'shop', template })
      .expect(201);
    await t.advance(5 * MINUTE);
  }, 60_000);
  afterAll(async () => {
    await t.close();
    influx.close();
  });

  it('lists what the labels declare', async () => {
    const res = await t.http
      .get(`/api/v1/clusters/${clusterId}/metrics/integrations`)
      .set('Cookie', cookie)
      .expect(200);
    const items = res.body.items as MonitoringIntegrationDto[];
    expect(items.map((i) => [i.kind, i.serviceName, i.address, i.problem])).toEqual([
      ['influxdb', 'web', `http:127.0.0.1:${(influx.address() as AddressInfo).port}`, null],
      ['prometheus', 'web', 'http://127.0.0.1:9090', null],
    ]);
    await t.http.get('/api/v1/clusters/nope/metrics/integrations').set('Cookie', cookie).expect(404);
  });

  it('pushes the containers’ values in line protocol to the InfluxDB address', async () => {
    const pushed = await t.server.influxPush.pushOnce();
    expect(pushed).toBe(1);
    expect(writes).toHaveLength(1);
    expect(writes[0]!.url).toBe('/write?db=telegraf');
    expect(writes[0]!.body).toMatch(
      /^docker_container_cpu,application=shop,.*container_name=shop_web_1,.* usage_percent=[\d.]+ \d+$/m,
    );
    expect(writes[0]!.body).toMatch(/^docker_container_blkio,/m);
  });
});

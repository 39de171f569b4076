import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContainerList, MetricsDto, ServiceList, ServiceMetricsDto } from '@cs/contracts';
import { MINUTE, createReadyCluster } from '../testing/cluster-fixtures.ts';
import { startTestServer } from '../testing/test-server.ts';
import type { TestServer } from '../testing/test-server.ts';
import { POINTS_PER_CONTAINER } from '../store/custom-point-store.ts';

const TEMPLATE = [
  'web:',
  '  image: nginx:1.10',
  '  labels:',
  '    aliyun.scale: "2"',
  '    aliyun.monitoring.script: "sh gather_mem.sh"',
  '    aliyun.monitoring.http: "http://container:3000/metrics/data"',
  '    aliyun.monitoring.tags: "tag1,tag2"',
  'db:',
  '  image: mysql:5.7',
  '',
].join('\n');

const mean = (points: [number, number | null][]) => {
  const values = points.map(([, v]) => v).filter((v): v is number => v !== null);
  return values.reduce((a, b) => a + b, 0) / values.length;
};
const item = (metrics: MetricsDto, name: string) => metrics.series.find((s) => s.item === name)!.points;

/** The metrics API's behaviour, run on each engine (metrics.test.ts, metrics.postgres.test.ts). */
export function describeMetricsApi(engine: 'sqlite' | 'postgres'): void {
  describe(`metrics API (${engine})`, () => {
    let t: TestServer;
    let cookie: string;
    let clusterId: string;
    let webId: string;
    let webContainers: ContainerList['items'];
    const get = (path: string, query: Record<string, string> = {}) =>
      t.http.get(`/api/v1${path}`).query(query).set('Cookie', cookie);

    beforeAll(async () => {
      t = await startTestServer({ engine });
      cookie = await t.signIn();
      clusterId = await createReadyCluster(t, cookie, { quantity: 2 });
      await t.http
        .post('/api/v1/applications')
        .set('Cookie', cookie)
        .send({ clusterId, name: 'shop', template: TEMPLATE })
        .expect(201);
      await t.advance(MINUTE);
      const services = (await get('/services', { clusterId }).expect(200)).body as ServiceList;
      webId = services.items.find((s) => s.metadata.name === 'web')!.metadata.id;
      webContainers = ((await get('/containers', { serviceId: webId }).expect(200)).body as ContainerList).items;
      await t.advance(30 * MINUTE);
    }, 60_000);
    afterAll(() => t.close());

    it('answers a container’s items over the last hour at 10 s, null before it started', async () => {
      const metrics = (await get(`/containers/${webContainers[0]!.metadata.id}/metrics`).expect(200))
        .body as MetricsDto;
      expect(metrics).toMatchObject({
        subject: { kind: 'container', name: 'shop_web_1' },
        range: '1h',
        stepSeconds: 10,
      });
      expect(metrics.series.map((s) => `${s.item}:${s.unit}`)).toEqual([
        'cpu:percent',
        'memory:bytes',
        'networkRx:bytesPerSecond',
        'networkTx:bytesPerSecond',
        'diskRead:bytesPerSecond',
        'diskWrite:bytesPerSecond',
      ]);
      const cpu = item(metrics, 'cpu');
      expect(cpu).toHaveLength(360);
      expect(cpu[0]![1]).toBeNull();
      expect(cpu.at(-1)![1]).toBeGreaterThan(0);
      expect(Date.parse(metrics.to) - Date.parse(metrics.from)).toBe(3_600_000);
      const week = (await get(`/containers/${webContainers[0]!.metadata.id}/metrics`, { range: '7d' }).expect(200))
        .body as MetricsDto;
      expect(week.stepSeconds).toBe(600);
      expect(item(week, 'memory')).toHaveLength(1008);
    });

    it('derives the custom series its labels declare', async () => {
      const metrics = (await get(`/containers/${webContainers[0]!.metadata.id}/metrics`).expect(200))
        .body as MetricsDto;
      const names = metrics.custom.map((c) => `${c.measurement}.${c.field}`);
      expect(names).toContain('gather_mem.used_bytes');
      expect(names).toContain('httpjson_shop_web_1.field1');
      const http = metrics.custom.find((c) => c.measurement === 'httpjson_shop_web_1')!;
      expect(http.tags).toEqual({ tag1: 'tag1value', tag2: 'tag2value' });
      expect(http.points.length).toBe(60);
    });

    it('refuses a bad query naming the field, and unknown subjects with 404', async () => {
      const id = webContainers[0]!.metadata.id;
      expect((await get(`/containers/${id}/metrics`, { range: '2h' }).expect(400)).body.fieldErrors[0].field).toBe(
        'range',
      );
      expect((await get(`/containers/${id}/metrics`, { end: 'yesterday' }).expect(400)).body.fieldErrors[0].field).toBe(
        'end',
      );
      expect((await get(`/services/${webId}/metrics`, { item: 'gpu' }).expect(400)).body.fieldErrors[0].field).toBe(
        'item',
      );
      await get('/containers/nope/metrics').expect(404);
      await get(`/clusters/${clusterId}/nodes/nope/metrics`).expect(404);
      await get('/clusters/nope/metrics').expect(404);
      await get('/services/nope/metrics').expect(404);
      await get('/clusters/nope/metrics/prometheus').expect(404);
    });

    it('compares the containers of a service on one item', async () => {
      const body = (await get(`/services/${webId}/metrics`, { item: 'memory', range: '6h' }).expect(200))
        .body as ServiceMetricsDto;
      expect(body).toMatchObject({ item: 'memory', unit: 'bytes', stepSeconds: 60, totalContainers: 2 });
      expect(body.containers.map((c) => c.name)).toEqual(['shop_web_1', 'shop_web_2']);
      expect(body.containers[0]!.points).toHaveLength(360);
    });

    it('sums a node’s containers and a cluster’s nodes', async () => {
      const nodeIds = [...new Set(webContainers.map((c) => c.spec.nodeId))];
      const all = ((await get('/containers', { clusterId, pageSize: '100' }).expect(200)).body as ContainerList).items;
      const nodes = await Promise.all(
        [...new Set(all.map((c) => c.spec.nodeId))].map(
          async (n) => (await get(`/clusters/${clusterId}/nodes/${n}/metrics`).expect(200)).body as MetricsDto,
        ),
      );
      expect(nodes.length).toBeGreaterThanOrEqual(nodeIds.length);
      const cluster = (await get(`/clusters/${clusterId}/metrics`).expect(200)).body as MetricsDto;
      expect(cluster.subject).toMatchObject({ kind: 'cluster', id: clusterId });
      const recent = (points: [number, number | null][]) => mean(points.slice(-60));
      const nodeMemory = nodes.reduce((sum, n) => sum + recent(item(n, 'memory')), 0);
      expect(Math.abs(recent(item(cluster, 'memory')) - nodeMemory) / nodeMemory).toBeLessThan(0.05);
      const nodeNet = nodes.reduce((sum, n) => sum + recent(item(n, 'networkTx')), 0);
      expect(Math.abs(recent(item(cluster, 'networkTx')) - nodeNet) / nodeNet).toBeLessThan(0.15);
    });

    it('records a load spike with its event, and the service’s CPU rises', async () => {
      const id = webContainers[0]!.metadata.id;
      const before = mean(
        item((await get(`/containers/${id}/metrics`).expect(200)).body as MetricsDto, 'cpu').slice(-30),
      );
      const res = await t.http
        .post('/api/v1/simulation/load-spikes')
        .set('Cookie', cookie)
        .send({ serviceId: webId, factor: 5, minutes: 10 })
        .expect(201);
      expect(res.body).toMatchObject({ serviceId: webId, serviceName: 'web', factor: 5, clusterId });
      expect(Date.parse(res.body.endsAt) - Date.parse(res.body.startsAt)).toBe(10 * MINUTE);
      await t.advance(5 * MINUTE);
      const during = mean(
        item((await get(`/containers/${id}/metrics`).expect(200)).body as MetricsDto, 'cpu').slice(-30),
      );
      expect(during).toBeGreaterThan(2 * before);
      const list = await get('/simulation/load-spikes', { clusterId }).expect(200);
      expect(list.body.items.map((s: { id: string }) => s.id)).toContain(res.body.id);
      const events = await t.server.store.database.db
        .selectFrom('events')
        .select(['message', 'resource_kind'])
        .where('service_id', '=', webId)
        .where('reason', '=', 'LoadSpike')
        .execute();
      expect(events).toEqual([{ message: 'Load spike x5 on service web for 10 minutes.', resource_kind: 'service' }]);
      const bad = await t.http
        .post('/api/v1/simulation/load-spikes')
        .set('Cookie', cookie)
        .send({ serviceId: webId, factor: 100, minutes: 10 })
        .expect(400);
      expect(bad.body.fieldErrors[0].field).toBe('factor');
      await t.http
        .post('/api/v1/simulation/load-spikes')
        .set('Cookie', cookie)
        .send({ serviceId: 'nope', factor: 2, minutes: 10 })
        .expect(404);
      expect((await get('/simulation/load-spikes').expect(400)).body.fieldErrors[0].field).toBe('clusterId');
    });

    describe('the HTTP data interface', () => {
      const post = (id: string) => t.http.post(`/api/v1/containers/${id}/monitoring/data`).set('Cookie', cookie);

      it('takes the guide’s JSON object: numbers and booleans as fields, the labelled keys as tags', async () => {
        const id = webContainers[1]!.metadata.id;
        const body = {
          tag1: 'tag1value',
          tag2: 'tag2value',
          field1: 1,
          field2: 2,
          field3: true,
          field4: 1.5,
          note: 'x',
        };
        expect((await post(id).send(body).expect(201)).body).toEqual({ measurement: 'httpjson_shop_web_2', fields: 4 });
        await t.advance(MINUTE);
        const metrics = (await get(`/containers/${id}/metrics`).expect(200)).body as MetricsDto;
        const submitted = metrics.custom.filter(
          (c) => c.tags.tag1 === 'tag1value' && c.points.some(([, v]) => v === 1.5),
        );
        expect(submitted.map((c) => c.field)).toEqual(['field4']);
      });

      it('takes InfluxDB line protocol, and refuses a bad line naming it', async () => {
        const id = webContainers[1]!.metadata.id;
        const lines = 'weather,location=us-midwest temperature=82\nweather,location=us\\ east temperature=70i,dry=t\n';
        const res = await post(id).set('Content-Type', 'text/plain').send(lines).expect(201);
        expect(res.body).toEqual({ measurement: 'weather', fields: 3 });
        const bad = await post(id)
          .set('Content-Type', 'text/plain')
          .send('weather temperature=82\nweather temperature=hot\n');
        expect(bad.status).toBe(400);
        expect(bad.body.fieldErrors[0].field).toBe('line 2');
        const old = await post(id).set('Content-Type', 'text/plain').send('weather temperature=82 1465839830100400200');
        expect(old.body.fieldErrors[0].field).toBe('timestamp');
        expect((await post(id).send([1, 2]).expect(400)).body.fieldErrors[0].field).toBe('(body)');
        const many = Array.from({ length: 501 }, (_, i) => `m v=${i}`).join('\n');
        await post(id).set('Content-Type', 'text/plain').send(many).expect(400);
        await post('nope').send({ field1: 1 }).expect(404);
        const nul = await post(id).set('Content-Type', 'text/plain').send('m,host=a\u0000b v=1');
        expect(nul.body.fieldErrors[0].field).toBe('line 1');
        expect((await post(id).send({ tag1: 'a\u0000b', v: 1 }).expect(400)).body.fieldErrors[0].field).toBe('tag1');
      });

      it('keeps at most 10,000 fields per container', async () => {
        const id = webContainers[0]!.metadata.id;
        const line = Array.from({ length: 40 }, (_, i) => `f${i}=${i}`).join(',');
        const body = Array.from({ length: 50 }, () => `bulk ${line}`).join('\n');
        for (let i = 0; i < 6; i++) await post(id).set('Content-Type', 'text/plain').send(body).expect(201);
        const rows = await t.server.store.database.db
          .selectFrom('custom_points')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('container_id', '=', id)
          .executeTakeFirstOrThrow();
        expect(Number(rows.n)).toBe(POINTS_PER_CONTAINER);
      });
    });

    it('exposes the cluster in the Prometheus text format and InfluxDB line protocol', async () => {
      const prometheus = await get(`/clusters/${clusterId}/metrics/prometheus`).expect(200);
      expect(prometheus.headers['content-type']).toContain('version=0.0.4');
      expect(prometheus.text).toContain('# TYPE container_cpu_usage_percent gauge');
      expect(prometheus.text).toMatch(
        new RegExp(
          `container_memory_usage_bytes\\{cluster_id="${clusterId}",node="node\\d",container_name="shop_db_1",service="db",application="shop"\\} \\d+`,
        ),
      );
      expect(prometheus.text).toMatch(new RegExp(`cluster_cpu_usage_percent\\{cluster_id="${clusterId}"\\} [\\d.]+`));
      expect(prometheus.text).toMatch(/custom_gather_mem_used_bytes\{.*container_name="shop_web_1"/);
      const influx = await get(`/clusters/${clusterId}/metrics/influxdb`).expect(200);
      for (const m of [
        'docker_container_cpu',
        'docker_container_mem',
        'docker_container_net',
        'docker_container_blkio',
      ])
        expect(influx.text).toMatch(
          new RegExp(
            `^${m},application=shop,cluster_id=${clusterId},container_name=shop_db_1,host=node\\d,service=db \\w+=`,
            'm',
          ),
        );
    });
  });
}

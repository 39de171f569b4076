import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENT_LEVELS, EventListSchema } from '@cs/contracts';
import type { EventList } from '@cs/contracts';
import { deployApplication } from '../testing/application-fixtures.ts';
import { startTestServer } from '../testing/test-server.ts';
import type { TestServer } from '../testing/test-server.ts';

const TEMPLATE = 'web:\n  image: nginx:latest\n  labels:\n    aliyun.scale: "2"\n';

describe('filters of the events lists', () => {
  let t: TestServer;
  let cookie: string;
  let clusterId: string;
  let applicationId: string;
  beforeAll(async () => {
    t = await startTestServer();
    cookie = await t.signIn();
    ({ clusterId, applicationId } = await deployApplication(t, cookie, {
      name: 'shop',
      template: TEMPLATE,
      minutes: 3,
    }));
    // A node that goes down writes events of its own into the cluster's log.
    const nodes = await t.http.get(`/api/v1/clusters/${clusterId}/nodes`).set('Cookie', cookie).expect(200);
    await t.http
      .post(`/api/v1/simulation/nodes/${nodes.body.items[0].metadata.id}/down`)
      .set('Cookie', cookie)
      .expect(200);
    await t.advance(60_000);
  });
  afterAll(async () => t.close());

  const events = async (path: string, query: Record<string, string | number> = {}): Promise<EventList> => {
    const res = await t.http.get(`/api/v1/${path}/events`).set('Cookie', cookie).query(query).expect(200);
    return EventListSchema.parse(res.body);
  };
  const newestFirst = (list: EventList) =>
    expect(list.items.map((e) => e.id)).toEqual(list.items.map((e) => e.id).sort((a, b) => b - a));

  it("filters a cluster's log by kind of resource and by one resource, newest first", async () => {
    const all = await events(`clusters/${clusterId}`);
    const nodes = await events(`clusters/${clusterId}`, { resourceKind: 'node' });
    const own = await events(`clusters/${clusterId}`, { resourceKind: 'cluster' });
    expect(nodes.total).toBeGreaterThan(0);
    expect(own.total).toBeGreaterThan(0);
    expect(nodes.items.every((e) => e.resourceKind === 'node')).toBe(true);
    expect(nodes.total + own.total).toBe(all.total);
    newestFirst(all);
    const nodeId = nodes.items[0]!.resourceId;
    const one = await events(`clusters/${clusterId}`, { resourceKind: 'node', resourceId: nodeId });
    expect(one.total).toBeGreaterThan(0);
    expect(one.items.every((e) => e.resourceId === nodeId)).toBe(true);
    const ofCluster = await events(`clusters/${clusterId}`, { resourceId: clusterId });
    expect(ofCluster.total).toBe(own.total);
    expect(ofCluster.items.every((e) => e.resourceKind === 'cluster')).toBe(true);
  });

  it("splits an application's events by level and kind, each on the server", async () => {
    const all = await events(`applications/${applicationId}`);
    expect(all.total).toBeGreaterThan(2);
    let byLevel = 0;
    for (const level of EVENT_LEVELS) {
      const some = await events(`applications/${applicationId}`, { level });
      expect(some.items.every((e) => e.level === level)).toBe(true);
      byLevel += some.total;
    }
    expect(byLevel).toBe(all.total);
    const containers = await events(`applications/${applicationId}`, { resourceKind: 'container', pageSize: 1 });
    expect(containers.items).toHaveLength(1);
    expect(containers.items[0]!.resourceKind).toBe('container');
    expect(containers.total).toBe(all.items.filter((e) => e.resourceKind === 'container').length);
    expect(all.items.map((e) => e.message)).toContain('Activate container shop_web_1 succeeded.');
  });

  it("filters a service's events by kind", async () => {
    const { items: application } = await events(`applications/${applicationId}`, { resourceKind: 'service' });
    const serviceId = application[0]!.resourceId;
    const service = await events(`services/${serviceId}`, { resourceKind: 'service' });
    expect(service.total).toBeGreaterThan(0);
    expect(service.items.every((e) => e.resourceKind === 'service' && e.resourceId === serviceId)).toBe(true);
  });

  it('answers 400 naming each bad filter', async () => {
    const res = await t.http
      .get(`/api/v1/clusters/${clusterId}/events`)
      .set('Cookie', cookie)
      .query({ level: 'Loud', resourceKind: 'planet', resourceId: 'x'.repeat(65) })
      .expect(400);
    expect((res.body.fieldErrors as { field: string }[]).map((e) => e.field).sort()).toEqual([
      'level',
      'resourceId',
      'resourceKind',
    ]);
  });
});

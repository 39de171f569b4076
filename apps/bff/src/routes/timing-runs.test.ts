import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_TEMPLATES } from '../services/templates/samples.ts';
import { MINUTE, createReadyCluster } from '../testing/cluster-fixtures.ts';
import { startTestServer } from '../testing/test-server.ts';
import type { TestServer } from '../testing/test-server.ts';

/** The guide's timing task sample (busybox, `0-59/30 * * * *`). */
const TIMING = SAMPLE_TEMPLATES.find((s) => s.name === 'timing-task')!.content;

let t: TestServer;
let cookie: string;
let clusterId: string;

beforeAll(async () => {
  t = await startTestServer();
  cookie = await t.signIn();
  clusterId = await createReadyCluster(t, cookie, { quantity: 1 });
  await t.http.post(`/api/v1/clusters/${clusterId}/upgrade-agent`).set('Cookie', cookie).send({}).expect(202);
  await t.advance(3 * MINUTE);
});

afterAll(async () => {
  await t.close();
});

const application = async (id: string) =>
  (await t.http.get(`/api/v1/applications/${id}`).set('Cookie', cookie).expect(200)).body;
const containers = async (id: string) =>
  (await t.http.get('/api/v1/containers').query({ applicationId: id }).set('Cookie', cookie).expect(200)).body.items;

describe('timing task runs (the guide: "after a timing task is created, it is in the wait state")', () => {
  it('waits after Deploy with no container, then each due time is a new run, Redeploy after Redeploy', async () => {
    const created = await t.http
      .post('/api/v1/applications')
      .set('Cookie', cookie)
      .send({ clusterId, name: 'timer', template: TIMING })
      .expect(201);
    const id = created.body.metadata.id as string;
    expect(created.body.spec.schedule).toEqual({ expression: '0-59/30 * * * *', timeZone: 'Asia/Shanghai' });
    // 00:11 UTC: deployed, nothing due until 00:30.
    await t.advance(MINUTE);
    const waiting = await application(id);
    expect(waiting.status.phase).toBe('Ready');
    expect(waiting.status.job).toMatchObject({ phase: 'Waiting', run: 0 });
    expect(await containers(id)).toEqual([]);

    await t.advance(25 * MINUTE);
    const first = await application(id);
    expect(first.status.job).toMatchObject({ phase: 'Finished', run: 1 });
    expect(first.spec.operation).toEqual({ kind: 'redeploy' });

    // The next due time (01:00) is a second Redeploy in a row: run 2, not run 1 counted again.
    await t.advance(30 * MINUTE);
    const second = await application(id);
    expect(second.status.job).toMatchObject({ phase: 'Finished', run: 2 });
    expect(second.metadata.generation).toBeGreaterThan(first.metadata.generation);
    const schedule = (await t.http.get(`/api/v1/applications/${id}/schedule`).set('Cookie', cookie).expect(200)).body;
    expect(schedule.runs.map((r: { outcome: string }) => r.outcome)).toEqual(['Finished', 'Finished']);
  });
});

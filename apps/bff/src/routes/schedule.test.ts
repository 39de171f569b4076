import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApplicationScheduleSchema } from '@cs/contracts';
import { SAMPLE_TEMPLATES } from '../services/templates/samples.ts';
import { MINUTE, createReadyCluster } from '../testing/cluster-fixtures.ts';
import { startTestServer } from '../testing/test-server.ts';
import type { TestServer } from '../testing/test-server.ts';

/** The guide's timing task sample, without aliyun.project_type (aliyun.schedule implies batch). */
const TIMING = SAMPLE_TEMPLATES.find((s) => s.name === 'timing-task')!.content.replace(
  /^ {2}aliyun\.project_type.*\n/m,
  '',
);

let t: TestServer;
let cookie: string;
let clusterId: string;

beforeAll(async () => {
  t = await startTestServer();
  cookie = await t.signIn();
  clusterId = await createReadyCluster(t, cookie, { quantity: 2 });
});

afterAll(async () => {
  await t.close();
});

const create = (name: string, template = TIMING) =>
  t.http.post('/api/v1/applications').set('Cookie', cookie).send({ clusterId, name, template });

describe('timing tasks', () => {
  it('are refused on a cluster whose Agent is not the latest', async () => {
    const res = await create('too-early').expect(409);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.detail).toMatch(/Timing tasks \(aliyun\.schedule\) need the latest Agent.*Upgrade the Agent/);
  });

  it('show the crontab in words and the next five runs in Beijing time, then run and wait', async () => {
    await t.http.post(`/api/v1/clusters/${clusterId}/upgrade-agent`).set('Cookie', cookie).send({}).expect(202);
    await t.advance(3 * MINUTE);
    const created = await create('every-half-hour').expect(201);
    const id = created.body.metadata.id as string;
    const res = await t.http.get(`/api/v1/applications/${id}/schedule`).set('Cookie', cookie).expect(200);
    const schedule = ApplicationScheduleSchema.parse(res.body);
    expect(schedule).toMatchObject({
      expression: '0-59/30 * * * *',
      timeZone: 'Asia/Shanghai',
      explanation: 'At minutes 0 and 30 of every hour, Beijing time',
      state: 'Waiting',
      queue: [],
      runs: [],
    });
    // The manual clock is at 00:08 UTC (08:08 in Beijing): the runs are due at :00 and :30.
    expect(schedule.nextRuns).toEqual(
      ['00:30', '01:00', '01:30', '02:00', '02:30'].map((h) => `2026-01-01T${h}:00.000Z`),
    );

    await t.advance(25 * MINUTE);
    const ran = ApplicationScheduleSchema.parse(
      (await t.http.get(`/api/v1/applications/${id}/schedule`).set('Cookie', cookie).expect(200)).body,
    );
    expect(ran.runs[0]).toMatchObject({ scheduledAt: '2026-01-01T00:30:00.000Z' });
    const events = await t.http.get(`/api/v1/applications/${id}/events`).set('Cookie', cookie).expect(200);
    expect(events.body.items.map((e: { reason: string }) => e.reason)).toContain('TimingRunStarted');
  });

  it('answer 404 for an application without aliyun.schedule', async () => {
    const plain = await create('plain', 'web:\n  image: nginx:latest\n').expect(201);
    const res = await t.http.get(`/api/v1/applications/${plain.body.metadata.id}/schedule`).set('Cookie', cookie);
    expect(res.status).toBe(404);
    await t.http.get('/api/v1/applications/a-missing/schedule').set('Cookie', cookie).expect(404);
  });

  it('show the next runs while a template is edited (template analysis)', async () => {
    const res = await t.http
      .post('/api/v1/templates/validate')
      .set('Cookie', cookie)
      .send({ content: TIMING })
      .expect(200);
    expect(res.body.job).toMatchObject({
      type: 'batch',
      schedule: { expression: '0-59/30 * * * *', explanation: 'At minutes 0 and 30 of every hour, Beijing time' },
    });
    expect(res.body.job.schedule.nextRuns).toHaveLength(5);
  });

  it('refuse an invalid crontab with the diagnostic', async () => {
    const res = await t.http
      .post('/api/v1/templates/validate')
      .set('Cookie', cookie)
      .send({ content: TIMING.replace('0-59/30 * * * *', '0-59/30 * * *') })
      .expect(200);
    expect(res.body.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'schedule-format', message: expect.stringMatching(/five fields/) }),
    );
    await create('bad-cron', TIMING.replace('0-59/30', '61')).expect(400);
  });
});

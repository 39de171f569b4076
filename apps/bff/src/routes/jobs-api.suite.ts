import { afterEach, beforeEach, expect, it } from 'vitest';
import type { ApplicationDto, ApplicationList, JobStatusDto, ServiceList } from '@cs/contracts';
import { MINUTE, createReadyCluster } from '../testing/cluster-fixtures.ts';
import { startTestServer } from '../testing/test-server.ts';
import type { TestServer } from '../testing/test-server.ts';

/** The guide's two-task job, with small scales and quick commands. */
const JOB = `version: "2"
labels:
  aliyun.project_type: "batch"
services:
  s1:
    image: busybox
    command: date
    restart: always
    cpu_shares: 10
    mem_limit: 100000000
    labels:
      aliyun.scale: "3"
      aliyun.retry_count: "20"
      aliyun.remove_containers: "remove-all"
  s2:
    image: busybox
    command: date
    cpu_shares: 50
    mem_limit: 100000000
    labels:
      aliyun.scale: "2"
      aliyun.remove_containers: "remove-none"
      aliyun.depends: "s1"
`;

/** The offline jobs API on one store engine (SQLite, and PostgreSQL where it runs). */
export function jobsApiSuite(engine: 'sqlite' | 'postgres'): void {
  let t: TestServer;
  let cookie: string;
  let clusterId: string;

  beforeEach(async () => {
    t = await startTestServer({ engine });
    cookie = await t.signIn();
    clusterId = await createReadyCluster(t, cookie, { quantity: 2 });
  });
  afterEach(() => t.close());

  const create = async (name: string, template: string) =>
    (await t.http.post('/api/v1/applications').set('Cookie', cookie).send({ clusterId, name, template }).expect(201))
      .body as ApplicationDto;
  const job = async (id: string, query: Record<string, string> = {}) =>
    (await t.http.get(`/api/v1/applications/${id}/job`).query(query).set('Cookie', cookie).expect(200))
      .body as JobStatusDto;
  const serviceId = async (applicationId: string, name: string) => {
    const list = (await t.http.get('/api/v1/services').query({ applicationId }).set('Cookie', cookie))
      .body as ServiceList;
    return list.items.find((s) => s.metadata.name === name)!.metadata.id;
  };

  it('runs the job to Finished with a retried container, its history and the statuses by API', async () => {
    const app = await create('batchjob', JOB);
    await t.http
      .post('/api/v1/simulation/faults')
      .set('Cookie', cookie)
      .send({ targetKind: 'service', targetId: await serviceId(app.metadata.id, 's1'), step: 'Exit', count: 1 })
      .expect(201);
    const early = await job(app.metadata.id);
    expect(early).toMatchObject({ phase: 'Running', run: 1 });
    expect(early.tasks.find((x) => x.name === 's2')).toMatchObject({ phase: 'Waiting', containers: [] });
    await t.advance(2 * MINUTE);
    const done = await job(app.metadata.id);
    expect(done).toMatchObject({ name: 'batchjob', phase: 'Finished', run: 1 });
    const [s1, s2] = done.tasks;
    expect(s1).toMatchObject({
      name: 's1',
      phase: 'Finished',
      dependsOn: [],
      scale: 3,
      retryCount: 20,
      removeContainers: 'remove-all',
      containersTotal: 3,
    });
    expect(s2).toMatchObject({ name: 's2', phase: 'Finished', dependsOn: ['s1'], retryCount: 3 });
    const retried = s1!.containers.filter((c) => c.attempts === 2);
    expect(retried).toHaveLength(1);
    expect(retried[0]!.history.map((h) => h.exitCode)).toEqual([1, 0]);
    expect(s1!.containers.every((c) => c.phase === 'Finished' && c.exitCode === 0)).toBe(true);
    expect(Date.parse(s2!.startedAt!)).toBeGreaterThanOrEqual(Date.parse(s1!.finishedAt!));
    // remove-all removed s1's containers, remove-none kept s2's: the status outlives them.
    const containers = (
      await t.http.get('/api/v1/containers').query({ applicationId: app.metadata.id }).set('Cookie', cookie)
    ).body as { items: { metadata: { name: string } }[] };
    expect(containers.items.map((c) => c.metadata.name).sort()).toEqual(['batchjob_s2_1', 'batchjob_s2_2']);
    const list = (await t.http.get('/api/v1/applications').set('Cookie', cookie)).body as ApplicationList;
    expect(list.items.find((a) => a.metadata.id === app.metadata.id)!.status.job).toMatchObject({
      phase: 'Finished',
      tasks: { s1: 'Finished', s2: 'Finished' },
    });
    const events = await t.http.get(`/api/v1/applications/${app.metadata.id}/events`).set('Cookie', cookie);
    const messages = events.body.items.map((e: { message: string }) => e.message);
    expect(messages).toEqual(expect.arrayContaining(['Job batchjob finished.', 'Task s1 of job batchjob finished.']));
    expect(
      messages.some((m: string) => /^Container batchjob_s1_\d failed with exit code 1; retry 1 of 20\.$/.test(m)),
    ).toBe(true);

    // Redeploy starts the next run.
    await t.http.post(`/api/v1/applications/${app.metadata.id}/redeploy`).set('Cookie', cookie).expect(202);
    await t.advance(1_000);
    expect(await job(app.metadata.id)).toMatchObject({ phase: 'Running', run: 2, finishedAt: null });
    await t.advance(2 * MINUTE);
    const second = await job(app.metadata.id);
    expect(second).toMatchObject({ phase: 'Finished', run: 2 });
    expect(second.tasks[0]!.containers.every((c) => c.attempts === 1)).toBe(true);
  });

  it('pages containers per task, answers 404 for an unknown id, 409 for an online application, 400 for a bad limit', async () => {
    const app = await create('pagedjob', JOB);
    await t.advance(2 * MINUTE);
    const page = await job(app.metadata.id, { limit: '2', offset: '1' });
    expect(page.tasks[0]!.containers.map((c) => c.name)).toEqual(['pagedjob_s1_2', 'pagedjob_s1_3']);
    expect(page.tasks[0]!.containersTotal).toBe(3);
    await t.http.get('/api/v1/applications/a-missing/job').set('Cookie', cookie).expect(404);
    const online = await create('web', 'web:\n  image: nginx\n');
    const conflict = await t.http
      .get(`/api/v1/applications/${online.metadata.id}/job`)
      .set('Cookie', cookie)
      .expect(409);
    expect(conflict.type).toBe('application/problem+json');
    const bad = await t.http
      .get(`/api/v1/applications/${app.metadata.id}/job`)
      .query({ limit: '0' })
      .set('Cookie', cookie)
      .expect(400);
    expect(bad.body.fieldErrors.map((e: { field: string }) => e.field)).toContain('limit');
    expect(
      ((await t.http.get(`/api/v1/applications/${online.metadata.id}`).set('Cookie', cookie)).body as ApplicationDto)
        .status.job,
    ).toBeUndefined();
  });
}

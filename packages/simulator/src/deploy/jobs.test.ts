import { describe, expect, it } from 'vitest';
import type { Application, ServiceDefinition, TaskSettings } from '@cs/domain';
import { EngineHarness } from '../testing/engine-harness.ts';

const MINUTE = 60_000;

const task = (settings: Partial<TaskSettings> = {}): TaskSettings => ({
  retryCount: 3,
  removeContainers: 'remove-finished',
  ...settings,
});

/** The guide's two-task job, small: s1 (2 containers of `date`), s2 after it. */
function deployJob(
  t: EngineHarness,
  s1: Partial<ServiceDefinition> = {},
  s2: Partial<ServiceDefinition> = {},
): Application {
  return t.deploy(
    {
      s1: { image: 'busybox', command: 'date', scale: 2, task: task(), ...s1 },
      s2: { image: 'busybox', command: 'date', scale: 1, task: task(), dependsOn: ['s1'], ...s2 },
    },
    'job',
    'batch',
  );
}

function armExitFault(t: EngineHarness, serviceId: string, count: number): void {
  t.store.put(
    'fault',
    {
      metadata: { id: `f-${serviceId}`, name: 'exit', generation: 1, resourceVersion: 0, createdAt: '', updatedAt: '' },
      spec: { targetKind: 'service', targetId: serviceId, step: 'Exit', message: 'Bad input', count },
      status: { phase: 'Armed', phaseSince: '', observedGeneration: 1, conditions: [] },
    },
    serviceId,
  );
}

const job = (t: EngineHarness) => (t.store.get('application', 'app-job') as Application).status.job;
const taskOf = (t: EngineHarness, name: string) => t.service('job', name).status.task!;

/**
 * Redeploy, as the API writes it: the application's and each service's operation, deployments + 1.
 * `generation: 'kept'` is a Redeploy after a Redeploy as an older API wrote it, the application's spec unchanged.
 */
function redeploy(t: EngineHarness, { generation = 'bumped' }: { generation?: 'bumped' | 'kept' } = {}): void {
  const application = t.store.get('application', 'app-job') as Application;
  const bump = generation === 'bumped' ? 1 : 0;
  t.store.put(
    'application',
    {
      ...application,
      metadata: { ...application.metadata, generation: application.metadata.generation + bump },
      spec: { ...application.spec, operation: { kind: 'redeploy' } },
    },
    application.spec.clusterId,
  );
  for (const name of ['s1', 's2']) {
    const service = t.service('job', name);
    t.operate(service, { operation: { kind: 'redeploy' }, deployment: service.spec.deployment + 1 });
  }
}

/** The two-task job as a timing task (`aliyun.schedule`), written before the engine reads it. */
function deployTimingTask(t: EngineHarness): void {
  const application = deployJob(t);
  const schedule = { expression: '0-59/30 * * * *', timeZone: 'Asia/Shanghai' };
  t.store.put('application', { ...application, spec: { ...application.spec, schedule } }, application.spec.clusterId);
}

describe('timing tasks (aliyun.schedule): Deploy runs nothing, each Redeploy is a run', () => {
  it('deploys Ready with no container, the job Waiting at run 0, until the first Redeploy starts run 1', async () => {
    const t = await EngineHarness.start();
    deployTimingTask(t);
    await t.advance(2 * MINUTE);
    expect(t.containers()).toEqual([]);
    const application = t.store.get('application', 'app-job') as Application;
    expect(application.status.phase).toBe('Ready');
    expect(application.status.observedGeneration).toBe(application.metadata.generation);
    expect(job(t)).toMatchObject({
      phase: 'Waiting',
      run: 0,
      startedAt: null,
      finishedAt: null,
      tasks: { s1: 'Waiting', s2: 'Waiting' },
    });
    expect(t.service('job', 's1').status.phase).toBe('Ready');
    expect(taskOf(t, 's1')).toMatchObject({ phase: 'Waiting', run: 0, containers: [] });
    expect(t.messages()).not.toContain('Job job finished.');
    redeploy(t);
    await t.advance(1_500);
    expect(job(t)).toMatchObject({ phase: 'Running', run: 1 });
    await t.advance(MINUTE);
    expect(job(t)).toMatchObject({ phase: 'Finished', run: 1, tasks: { s1: 'Finished', s2: 'Finished' } });
    expect(taskOf(t, 's1')).toMatchObject({ run: 1, phase: 'Finished' });
    expect(t.messages().filter((m) => m === 'Job job finished.')).toHaveLength(1);
    expect(t.errors).toEqual([]);
  });

  it('Stop and Start before the first run leave it waiting: no container', async () => {
    const t = await EngineHarness.start();
    deployTimingTask(t);
    await t.advance(10_000);
    for (const kind of ['stop', 'start'] as const) {
      for (const name of ['s1', 's2']) {
        const service = t.service('job', name);
        t.operate(service, { operation: { kind }, desiredState: kind === 'stop' ? 'stopped' : 'running' });
      }
      await t.advance(10_000);
    }
    expect(t.containers()).toEqual([]);
    expect(t.service('job', 's1').status.phase).toBe('Ready');
    expect(job(t)).toMatchObject({ phase: 'Waiting', run: 0 });
  });

  it('a plain offline job still runs on Deploy', async () => {
    const t = await EngineHarness.start();
    deployJob(t);
    await t.advance(1_500);
    expect(job(t)).toMatchObject({ phase: 'Running', run: 1 });
  });
});

describe('offline jobs (aliyun.project_type: batch)', () => {
  it('runs s2 only after s1 Finished, then the job is Finished', async () => {
    const t = await EngineHarness.start();
    deployJob(t);
    const seen: string[] = [];
    await t.watch(MINUTE, 500, () => {
      const s1 = t.service('job', 's1').status.task?.phase;
      const s2Started = t.containers('svc-job-s2').length > 0;
      if (s2Started && !seen.includes('s2')) seen.push(`s2 after s1 ${s1}`, 's2');
    });
    expect(seen[0]).toBe('s2 after s1 Finished');
    expect(job(t)).toMatchObject({ phase: 'Finished', run: 1, tasks: { s1: 'Finished', s2: 'Finished' } });
    expect(job(t)!.finishedAt).not.toBeNull();
    const s1 = taskOf(t, 's1');
    expect(s1.containers.map((c) => [c.name, c.phase, c.exitCode, c.attempts])).toEqual([
      ['job_s1_1', 'Finished', 0, 1],
      ['job_s1_2', 'Finished', 0, 1],
    ]);
    expect(Date.parse(taskOf(t, 's2').startedAt!)).toBeGreaterThanOrEqual(Date.parse(s1.finishedAt!));
    expect(t.messages()).toEqual(
      expect.arrayContaining(['Task s1 of job job finished.', 'Task s2 of job job finished.', 'Job job finished.']),
    );
    expect(t.service('job', 's1').spec.definition.restart).toBe('no');
    expect(t.errors).toEqual([]);
  });

  it('starts tasks without unmet dependencies together', async () => {
    const t = await EngineHarness.start();
    t.deploy({ a: { image: 'busybox', task: task() }, b: { image: 'busybox', task: task() } }, 'job', 'batch');
    await t.advance(10_000);
    expect(t.service('job', 'a').status.task!.startedAt).toBe(t.service('job', 'b').status.task!.startedAt);
  });

  it('executes a container that exits with an error again, recording each attempt in its history', async () => {
    const t = await EngineHarness.start();
    deployJob(t, { scale: 1 });
    armExitFault(t, 'svc-job-s1', 1);
    await t.advance(2 * MINUTE);
    const [record] = taskOf(t, 's1').containers;
    expect(record).toMatchObject({ name: 'job_s1_1', phase: 'Finished', exitCode: 0, attempts: 2 });
    expect(record!.history.map((h) => [h.attempt, h.exitCode])).toEqual([
      [1, 1],
      [2, 0],
    ]);
    expect(record!.history[0]!.startedAt).not.toBeNull();
    expect(t.messages()).toEqual(
      expect.arrayContaining([
        'Container job_s1_1 exited with code 1: Bad input.',
        'Container job_s1_1 failed with exit code 1; retry 1 of 3.',
        'Job job finished.',
      ]),
    );
    expect(job(t)!.phase).toBe('Finished');
    expect(t.store.all('fault')).toEqual([]);
  });

  it('fails the task after retry_count retries; the job fails and s2 stays Waiting, never run', async () => {
    const t = await EngineHarness.start();
    deployJob(t, { scale: 1, task: task({ retryCount: 2, removeContainers: 'remove-none' }) });
    armExitFault(t, 'svc-job-s1', 10);
    await t.advance(3 * MINUTE);
    const s1 = taskOf(t, 's1');
    expect(s1.phase).toBe('Failed');
    expect(s1.containers[0]).toMatchObject({ phase: 'Failed', exitCode: 1, attempts: 3 });
    expect(s1.reason).toBe('Container job_s1_1 failed with exit code 1 after 2 retries.');
    expect(t.containers('svc-job-s1')[0]!.status).toMatchObject({ phase: 'exited', restartCount: 2 });
    expect(job(t)).toMatchObject({ phase: 'Failed', tasks: { s1: 'Failed', s2: 'Waiting' } });
    expect(t.containers('svc-job-s2')).toEqual([]);
    expect(t.service('job', 's2').status.phase).toBe('Failed');
    expect(t.messages()).toEqual(
      expect.arrayContaining([
        'Job job failed: task s1 failed.',
        'Container job_s1_1 failed with exit code 1; retry 2 of 2.',
      ]),
    );
    // Seven shots were left: the fault counts container runs, three were used.
    expect((t.store.all('fault')[0] as { spec: { count: number } }).spec.count).toBe(7);
  });

  it.each([
    ['remove-finished', ['job_s1_2']],
    ['remove-failed', ['job_s1_1']],
    ['remove-all', []],
    ['remove-none', ['job_s1_1', 'job_s1_2']],
  ] as const)('%s keeps %j (one container of s1 fails, the other finishes)', async (policy, kept) => {
    const t = await EngineHarness.start();
    deployJob(t, { task: task({ retryCount: 0, removeContainers: policy }) });
    // One shot: the first container of s1 to exit fails; without retries it stays Failed.
    armExitFault(t, 'svc-job-s1', 1);
    await t.advance(MINUTE);
    const records = taskOf(t, 's1').containers;
    // The status outlives the containers the policy removed.
    expect(records.map((r) => r.phase).sort()).toEqual(['Failed', 'Finished']);
    const finished = records.find((r) => r.phase === 'Finished')!.name;
    const failed = records.find((r) => r.phase === 'Failed')!.name;
    const left = t.containers('svc-job-s1').map((c) => c.metadata.name);
    // In the table, job_s1_1 stands for the finished container and job_s1_2 for the failed one.
    const expected = kept.map((name) => (name === 'job_s1_1' ? finished : failed));
    expect(left.sort()).toEqual(expected.sort());
  });

  it('Redeploy starts run 2: fresh containers, statuses reset, then Finished again', async () => {
    const t = await EngineHarness.start();
    deployJob(t, {}, { task: task({ removeContainers: 'remove-none' }) });
    await t.advance(MINUTE);
    expect(job(t)).toMatchObject({ phase: 'Finished', run: 1 });
    const before = t.containers('svc-job-s2').map((c) => c.metadata.id);
    redeploy(t);
    await t.advance(1_500);
    expect(job(t)).toMatchObject({ phase: 'Running', run: 2, finishedAt: null });
    expect(taskOf(t, 's2')).toMatchObject({ run: 2, phase: 'Waiting', containers: [] });
    await t.advance(MINUTE);
    expect(job(t)).toMatchObject({ phase: 'Finished', run: 2, tasks: { s1: 'Finished', s2: 'Finished' } });
    const after = t.containers('svc-job-s2').map((c) => c.metadata.id);
    expect(after).toHaveLength(1);
    expect(after).not.toEqual(before);
    expect((t.store.get('application', 'app-job') as Application).status.phase).toBe('Ready');
    expect(t.messages().filter((m) => m === 'Job job finished.')).toHaveLength(2);
  });

  it.each(['bumped', 'kept'] as const)(
    'a second Redeploy in a row after the run ended starts run 3 (application generation %s)',
    async (generation) => {
      const t = await EngineHarness.start();
      deployJob(t);
      await t.advance(MINUTE);
      redeploy(t);
      await t.advance(MINUTE);
      expect(job(t)).toMatchObject({ phase: 'Finished', run: 2 });
      const ended = job(t)!.finishedAt;
      redeploy(t, { generation });
      await t.advance(1_500);
      expect(job(t)).toMatchObject({ phase: 'Running', run: 3, finishedAt: null });
      await t.advance(MINUTE);
      expect(job(t)).toMatchObject({ phase: 'Finished', run: 3 });
      expect(Date.parse(job(t)!.finishedAt!)).toBeGreaterThan(Date.parse(ended!));
      expect(taskOf(t, 's1').run).toBe(3);
      expect(t.messages().filter((m) => m === 'Job job finished.')).toHaveLength(3);
    },
  );

  it('Stop halts the running task; Start carries on and the job finishes', async () => {
    const t = await EngineHarness.start();
    deployJob(t, { image: 'example/testret', command: null, task: task({ removeContainers: 'remove-none' }) });
    await t.advance(10_000);
    for (const name of ['s1', 's2']) {
      const service = t.service('job', name);
      t.operate(service, { operation: { kind: 'stop' }, desiredState: 'stopped' });
    }
    await t.advance(5 * MINUTE);
    expect(t.containers('svc-job-s1').map((c) => c.status.phase)).toEqual(['exited', 'exited']);
    expect(taskOf(t, 's1').phase).toBe('Running');
    for (const name of ['s1', 's2']) {
      const service = t.service('job', name);
      t.operate(service, { operation: { kind: 'start' }, desiredState: 'running' });
    }
    await t.advance(3 * MINUTE);
    expect(taskOf(t, 's1')).toMatchObject({ phase: 'Finished' });
    expect(taskOf(t, 's1').containers.map((c) => c.attempts)).toEqual([1, 1]);
    expect(taskOf(t, 's2').phase).toBe('Finished');
    expect(t.service('job', 's2').status.phase).toBe('Ready');
  });

  it('carries on after an engine restart in the middle of a job', async () => {
    const t = await EngineHarness.start();
    deployJob(t, { image: 'example/testret', command: null, scale: 2 });
    await t.advance(15_000);
    expect(taskOf(t, 's1').phase).toBe('Running');
    await t.restartEngine();
    await t.advance(2 * MINUTE);
    expect(job(t)).toMatchObject({ phase: 'Finished', run: 1, tasks: { s1: 'Finished', s2: 'Finished' } });
    expect(taskOf(t, 's1').containers.every((c) => c.attempts === 1)).toBe(true);
    expect(t.messages().filter((m) => m === 'Job job finished.')).toHaveLength(1);
    expect(t.errors).toEqual([]);
  });

  it('leaves an online application alone: no job status, containers keep running', async () => {
    const t = await EngineHarness.start();
    t.deploy({ web: { image: 'nginx' } });
    deployJob(t);
    await t.advance(2 * MINUTE);
    const online = t.store.get('application', 'app-wordpress') as Application;
    expect(online.status.job).toBeUndefined();
    expect(t.service('wordpress', 'web').status.task).toBeUndefined();
    expect(t.containers('svc-wordpress-web')[0]!.status.phase).toBe('running');
    expect(job(t)!.phase).toBe('Finished');
  });

  it('runs two tasks mounting the same named volume (shared storage)', async () => {
    const t = await EngineHarness.start({ nodes: 1 });
    const volumes = [{ kind: 'volume' as const, source: 'shared', target: '/data', local: false }];
    deployJob(t, { volumes, task: task({ removeContainers: 'remove-none' }) }, { volumes });
    await t.advance(MINUTE);
    expect(job(t)).toMatchObject({ phase: 'Finished', tasks: { s1: 'Finished', s2: 'Finished' } });
    expect(t.containers().every((c) => c.spec.nodeId === 'i-node1')).toBe(true);
  });
});

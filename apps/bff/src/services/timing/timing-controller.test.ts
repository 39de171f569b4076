import type { Application } from '@cs/domain';
import { ManualClock } from '@cs/simulator';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../logging/logger.ts';
import { createStore } from '../../store/store.ts';
import type { Store } from '../../store/store.ts';
import { FakeJobRunner, addBatchApplication } from '../../testing/fake-job-runner.ts';
import { openTestDatabase, postgresAvailable } from '../../testing/test-database.ts';
import type { TestDatabase } from '../../testing/test-database.ts';
import { TimingController } from './timing-controller.ts';
import { TimingTaskStore } from './timing-task-store.ts';
import type { TimingTask } from './timing-task-store.ts';

const EVERY_30 = '0-59/30 * * * *';
const MINUTE = 60_000;
/** 2026-01-01 08:10 in Beijing: the first run is due at 08:30 (00:30 UTC). */
const START = Date.parse('2026-01-01T00:10:00Z');
const CLUSTER = 'c-timing';
/** SQLite always; PostgreSQL too where it answers (required under CI). */
const ENGINES = (await postgresAvailable()) ? (['sqlite', 'postgres'] as const) : (['sqlite'] as const);

let db: TestDatabase;
let store: Store;
let clock: ManualClock;
let runner: FakeJobRunner;
const schedules = new Map<string, string>();
const logger = createLogger('error', () => {});

function controller(leading = () => true): TimingController {
  return new TimingController(new TimingTaskStore(store), runner, async (id) => schedules.get(id) ?? null, {
    clock,
    logger,
    leading,
  });
}

async function addApplication(id: string, expression: string | null = EVERY_30): Promise<void> {
  if (expression) schedules.set(id, expression);
  await addBatchApplication(store, CLUSTER, id, clock.now());
}

const task = async (id: string) => (await store.resources.get<TimingTask>('timing-task', id)).status;
const historyOf = async (id: string) =>
  (await store.events.listForApplication(id, { page: 1, pageSize: 100 })).items.filter((e) =>
    e.reason.startsWith('TimingRun'),
  );

/** Runs the period at each whole minute from now for `minutes` minutes. */
async function minutes(c: TimingController, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    await clock.advance(MINUTE);
    await c.runPeriod();
  }
}

describe.each(ENGINES)('TimingController on %s', (engine) => {
  beforeEach(async () => {
    db = await openTestDatabase(engine);
    store = createStore(db.database, () => clock.now());
    clock = new ManualClock(START);
    runner = new FakeJobRunner(() => store, clock);
    schedules.clear();
  });

  afterEach(async () => {
    await db.dispose();
  });

  it('waits for the crontab time in Beijing time, then starts one run', async () => {
    await addApplication('a-1');
    const c = controller();
    await c.runPeriod();
    expect(await task('a-1')).toMatchObject({ phase: 'Waiting', nextDueAt: '2026-01-01T00:30:00.000Z', runs: [] });
    await minutes(c, 19);
    expect(runner.started).toEqual([]);
    await minutes(c, 1);
    expect(runner.started).toEqual(['a-1']);
    expect(await task('a-1')).toMatchObject({ phase: 'Running', nextDueAt: '2026-01-01T01:00:00.000Z' });
    expect((await historyOf('a-1')).map((e) => e.message)).toEqual([
      'Timing task a-1: the run due at 2026-01-01 08:30 (Beijing time) started.',
    ]);
    await runner.end('a-1', 'Finished');
    await minutes(c, 1);
    const status = await task('a-1');
    expect(status.phase).toBe('Waiting');
    expect(status.runs[0]).toMatchObject({ outcome: 'Finished', scheduledAt: '2026-01-01T00:30:00.000Z' });
  });

  it('runs one instance at a time: queues up to 3 and discards the 4th with a Warning event', async () => {
    await addApplication('a-1');
    const c = controller();
    await c.runPeriod();
    await minutes(c, 20 + 4 * 30);
    expect(runner.started).toEqual(['a-1']);
    const status = await task('a-1');
    expect(status.queue).toEqual(['01:00', '01:30', '02:00'].map((t) => `2026-01-01T${t}:00.000Z`));
    expect(status.runs[0]).toMatchObject({ outcome: 'Discarded', scheduledAt: '2026-01-01T02:30:00.000Z' });
    const discarded = (await historyOf('a-1')).find((e) => e.reason === 'TimingRunDiscarded');
    expect(discarded).toMatchObject({ level: 'Warning' });

    await runner.end('a-1', 'Failed');
    await minutes(c, 1);
    expect(runner.started).toEqual(['a-1', 'a-1']);
    expect(await task('a-1')).toMatchObject({
      phase: 'Running',
      queue: ['2026-01-01T01:30:00.000Z', '2026-01-01T02:00:00.000Z'],
    });
  });

  it('keeps the last 10 runs and the last 10 history events, leaving other events alone', async () => {
    await addApplication('a-1', '* * * * *');
    await store.resources.transact(async (trx, at) => {
      await store.resources.applyIn(
        trx,
        {
          events: [
            {
              clusterId: CLUSTER,
              resourceKind: 'application',
              resourceId: 'a-1',
              applicationId: 'a-1',
              level: 'Info',
              reason: 'ApplicationCreating',
              message: 'Start to create application a-1.',
            },
          ],
        },
        at,
      );
    });
    const c = controller();
    await c.runPeriod();
    for (let i = 0; i < 12; i++) {
      await minutes(c, 1);
      await runner.end('a-1', 'Finished');
    }
    expect((await task('a-1')).runs).toHaveLength(10);
    expect(await historyOf('a-1')).toHaveLength(10);
    const all = (await store.events.listForApplication('a-1', { page: 1, pageSize: 100 })).items;
    expect(all.some((e) => e.reason === 'ApplicationCreating')).toBe(true);
  });

  it('carries on after a restart from what the store keeps, without running a due time twice', async () => {
    await addApplication('a-1');
    await controller().runPeriod();
    await clock.advance(20 * MINUTE);
    await controller().runPeriod();
    expect(runner.started).toHaveLength(1);
    store = createStore(await db.reopen(), () => clock.now());
    const after = controller();
    await after.runPeriod();
    expect(runner.started).toHaveLength(1);
    expect(await task('a-1')).toMatchObject({ phase: 'Running', nextDueAt: '2026-01-01T01:00:00.000Z' });
  });

  it('starts a due run once when two replicas judge the same period', async () => {
    await addApplication('a-1');
    await controller().runPeriod();
    await clock.advance(20 * MINUTE);
    await Promise.all([controller().runPeriod(), controller().runPeriod()]);
    expect(runner.started).toEqual(['a-1']);
  });

  it('runs only on the replica that leads the simulator', async () => {
    await addApplication('a-1');
    let leading = false;
    const c = controller(() => leading);
    c.start();
    // Each timer's period lands before the next fires.
    const settle = () => c.idle();
    await clock.advance(30 * MINUTE, settle);
    expect(await store.resources.find('timing-task', 'a-1')).toBeUndefined();
    leading = true;
    await clock.advance(31 * MINUTE, settle);
    c.stop();
    expect(runner.started).toEqual(['a-1']);
  });

  it('after downtime runs the missed crontab times once', async () => {
    await addApplication('a-1');
    await controller().runPeriod();
    await clock.advance(5 * 60 * MINUTE);
    await controller().runPeriod();
    expect(runner.started).toEqual(['a-1']);
    expect(await task('a-1')).toMatchObject({ queue: [], nextDueAt: '2026-01-01T05:30:00.000Z' });
  });

  it('puts a run back in the queue while the application carries out another operation', async () => {
    await addApplication('a-1');
    const c = controller();
    await c.runPeriod();
    runner.busy = true;
    await minutes(c, 20);
    expect(await task('a-1')).toMatchObject({ phase: 'Waiting', queue: ['2026-01-01T00:30:00.000Z'], current: null });
    runner.busy = false;
    await minutes(c, 1);
    expect(runner.started).toEqual(['a-1']);
  });

  it('follows the applications: no task without aliyun.schedule, none left once the application is gone', async () => {
    await addApplication('a-plain', null);
    await addApplication('a-1');
    const c = controller();
    await c.runPeriod();
    expect(await store.resources.find('timing-task', 'a-plain')).toBeUndefined();
    const app = await store.resources.get<Application>('application', 'a-1');
    await store.resources.transact(async (trx, at) => {
      await store.resources.applyIn(
        trx,
        { removes: [{ kind: 'application', id: 'a-1', expectedVersion: app.metadata.resourceVersion }], events: [] },
        at,
      );
    });
    await c.runPeriod();
    expect(await store.resources.find('timing-task', 'a-1')).toBeUndefined();
  });
});

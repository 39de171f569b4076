import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ManualClock } from '@cs/simulator';
import { createLogger } from '../src/logging/logger.ts';
import { TimingController } from '../src/services/timing/timing-controller.ts';
import { TimingTaskStore } from '../src/services/timing/timing-task-store.ts';
import { openDatabase } from '../src/store/database.ts';
import { createStore } from '../src/store/store.ts';
import { FakeJobRunner, addBatchApplication } from '../src/testing/fake-job-runner.ts';
import { longestStall } from './event-loop-stall.ts';
import { emit, percentile, round } from './metrics-world.ts';

/**
 * Issue 12's timing figure, printed as a JSON line: the time to judge 1,000 timing tasks at the
 * end of a period (SQLite store). Every task is due every minute (`* * * * *`, the worst case):
 * each period records the end of the last run and starts the next, writing its history events and
 * trimming them to the last 10. The deploy engine is stood in for (a run is one status write), so
 * the figure is the controller's own cost. Run with `pnpm --filter @cs/bff bench:timing`.
 */
const TASKS = Number(process.env.BENCH_TIMING_TASKS ?? 1_000);
const PERIODS = Number(process.env.BENCH_TIMING_PERIODS ?? 10);
const MINUTE = 60_000;

const dataDir = mkdtempSync(join(tmpdir(), 'cs-bench-timing-'));
const database = await openDatabase({ dataDir });
const clock = new ManualClock(Date.parse('2026-01-01T00:00:30Z'));
const store = createStore(database, () => clock.now());
const runner = new FakeJobRunner(() => store, clock);
const ids = Array.from({ length: TASKS }, (_, i) => `a-bench-${i}`);
for (const id of ids) await addBatchApplication(store, 'c-bench', id, clock.now());
const controller = new TimingController(new TimingTaskStore(store), runner, async () => '* * * * *', {
  clock,
  logger: createLogger('error', () => {}),
  leading: () => true,
});
// The first period creates the tasks (reading each schedule): not what is timed.
await controller.runPeriod();

const times: number[] = [];
let stallMs = 0;
let judged = 0;
for (let p = 0; p < PERIODS; p++) {
  await clock.advance(MINUTE);
  // The runs started last period end before this one: the engine's writes are not timed.
  for (const id of ids) if (p > 0) await runner.end(id, 'Finished');
  const start = performance.now();
  const run = await longestStall(() => controller.runPeriod());
  times.push(performance.now() - start);
  judged = run.result;
  stallMs = Math.max(stallMs, run.stallMs);
}
const events = await database.db
  .selectFrom('events')
  .select((eb) => eb.fn.countAll<number | string>().as('n'))
  .executeTakeFirstOrThrow();
emit({
  bench: 'timing.evaluate-per-period',
  engine: 'sqlite',
  tasks: TASKS,
  tasksJudgedPerPeriod: judged,
  runsStarted: runner.started.length,
  periods: PERIODS,
  p50Ms: round(percentile(times, 50)),
  maxMs: round(Math.max(...times)),
  longestStallMs: round(stallMs),
  historyEventsKept: Number(events.n),
});
await database.close();
rmSync(dataDir, { recursive: true, force: true });
process.exit(0);

import { beijingMinute, nextRun } from '@cs/compose';
import { ConflictError } from '@cs/domain';
import type { NewEvent } from '@cs/domain';
import type { Clock } from '@cs/simulator';
import type { Logger } from '../../logging/logger.ts';
import { PeriodTimer } from '../scaling/period-timer.ts';
import { markOf, runEnd } from './job-runner.ts';
import type { JobRunner } from './job-runner.ts';
import { advancePeriod, requeue } from './timing-rules.ts';
import type { TimingChange, TimingState } from './timing-rules.ts';
import type {
  BatchApplicationRow,
  TaskWrite,
  TimingTask,
  TimingTaskStatus,
  TimingTaskStore,
} from './timing-task-store.ts';

const MINUTE = 60_000;
/** Tasks judged between two turns of the event loop. */
const BATCH = 50;

const yieldTurn = () => new Promise((resolve) => setImmediate(resolve));
const iso = (ms: number) => new Date(ms).toISOString();

/** Reads an application's `aliyun.schedule` from its template; null when it has none. */
export type ScheduleReader = (applicationId: string) => Promise<string | null>;

export interface TimingControllerOptions {
  clock: Clock;
  /** Only the replica running the simulated cloud (the guide's master controller) starts runs. */
  leading: () => boolean;
  logger: Logger;
}

/** "2026-01-01 08:30 (Beijing time)". */
function beijing(at: string): string {
  return `${beijingMinute(new Date(at))} (Beijing time)`;
}

function historyEvent(
  app: BatchApplicationRow,
  change: TimingChange | { kind: 'started'; scheduledAt: string },
): NewEvent {
  const due = beijing(change.scheduledAt);
  const base = {
    clusterId: app.clusterId,
    resourceKind: 'application' as const,
    resourceId: app.id,
    applicationId: app.id,
  };
  switch (change.kind) {
    case 'started':
      return {
        ...base,
        level: 'Info',
        reason: 'TimingRunStarted',
        message: `Timing task ${app.name}: the run due at ${due} started.`,
      };
    case 'queued':
      return {
        ...base,
        level: 'Info',
        reason: 'TimingRunQueued',
        message: `Timing task ${app.name}: the run due at ${due} waits in the execution queue (${change.queued} of 3): the last run has not ended.`,
      };
    case 'discarded':
      return {
        ...base,
        level: 'Warning',
        reason: 'TimingRunDiscarded',
        message: `Timing task ${app.name}: the run due at ${due} is discarded: the execution queue already holds 3 runs.`,
      };
    case 'finished':
      return {
        ...base,
        level: change.outcome === 'Failed' ? 'Warning' : 'Info',
        reason: 'TimingRunEnded',
        message: `Timing task ${app.name}: the run due at ${due} ${change.outcome === 'Failed' ? 'failed' : 'finished'}.`,
      };
  }
}

function firstDue(expression: string, now: number): string | null {
  const next = nextRun(expression, new Date(now));
  return next === null ? null : next.toISOString();
}

function statusOf(state: TimingState, previous: TimingTaskStatus | undefined, now: number): TimingTaskStatus {
  const phase = state.current ? 'Running' : 'Waiting';
  const phaseSince = previous && previous.phase === phase ? previous.phaseSince : iso(now);
  const { nextDueAt, queue, current, runs } = state;
  return { phase, phaseSince, observedGeneration: 1, conditions: [], nextDueAt, queue, current, runs };
}

/**
 * Timing tasks (`aliyun.schedule`): at each minute of simulated time, each task's due crontab time
 * starts a run of its batch application (Redeploy), waits in its queue or is discarded. All its
 * state is in the store and every write is from the version read, so a restart carries on and two
 * replicas never start the same run.
 */
export class TimingController {
  private readonly timer: PeriodTimer;

  constructor(
    private readonly tasks: TimingTaskStore,
    private readonly runner: JobRunner,
    private readonly readSchedule: ScheduleReader,
    private readonly options: TimingControllerOptions,
  ) {
    // Just past each minute: a five-field crontab is due on whole minutes.
    this.timer = new PeriodTimer({ ...options, periodMs: MINUTE, what: 'timing tasks' }, () => this.runPeriod());
  }

  start(): void {
    this.timer.start();
  }

  stop(): void {
    this.timer.stop();
  }

  async idle(): Promise<void> {
    await this.timer.idle();
  }

  /** One period: follows the batch applications' schedules, then judges every task; answers how many were judged. */
  async runPeriod(now = this.options.clock.now()): Promise<number> {
    const apps = await this.tasks.batchApplications();
    const tasks = await this.follow(apps, await this.tasks.tasks(), now);
    for (let i = 0; i < tasks.length; i += BATCH) {
      await this.judge(tasks.slice(i, i + BATCH), apps, now);
      // SQLite answers synchronously: without this the whole period would hold the event loop.
      await yieldTurn();
    }
    return tasks.length;
  }

  /** Creates, re-reads and removes tasks as their applications come, change and go. */
  private async follow(
    apps: Map<string, BatchApplicationRow>,
    tasks: TimingTask[],
    now: number,
  ): Promise<TimingTask[]> {
    const byId = new Map(tasks.map((t) => [t.metadata.id, t]));
    for (const task of tasks) if (!apps.has(task.metadata.id)) await this.tasks.remove(task);
    for (const app of apps.values()) {
      const task = byId.get(app.id);
      if (task && task.spec.applicationGeneration >= app.generation) continue;
      const expression = await this.readSchedule(app.id);
      if (expression === null) {
        if (task) await this.tasks.remove(task);
        byId.delete(app.id);
        continue;
      }
      const spec = { applicationId: app.id, expression, applicationGeneration: app.generation };
      if (!task) {
        const state: TimingState = { nextDueAt: firstDue(expression, now), queue: [], current: null, runs: [] };
        await this.tasks.create(app, spec, statusOf(state, undefined, now));
      } else {
        const nextDueAt = expression === task.spec.expression ? task.status.nextDueAt : firstDue(expression, now);
        await this.tasks.write([{ task, change: { spec, status: { ...task.status, nextDueAt } }, events: [] }]);
      }
      const written = await this.tasks.find(app.id);
      if (written) byId.set(app.id, written);
    }
    return [...byId.values()].filter((t) => apps.has(t.metadata.id));
  }

  /** Decides a batch of tasks' period, claims it in one write, then starts the runs it claimed. */
  private async judge(
    tasks: readonly TimingTask[],
    apps: Map<string, BatchApplicationRow>,
    now: number,
  ): Promise<void> {
    let decided = tasks.flatMap((task) => {
      const app = apps.get(task.metadata.id);
      const decision = app && this.decide(task, app, now);
      return decision ? [decision] : [];
    });
    try {
      await this.tasks.write(decided);
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      // Another replica judged one of them first: each alone, its write standing where it won.
      const won: Decision[] = [];
      for (const d of decided) if (await this.claimAlone(d)) won.push(d);
      decided = won;
    }
    for (const d of decided) if (d.start) await this.startRun(d.task.metadata.id, d.start, now);
  }

  private decide(task: TimingTask, app: BatchApplicationRow, now: number): Decision | undefined {
    const previous = stateOf(task.status);
    const result = advancePeriod(previous, {
      now,
      nextAfter: (ms) => nextRun(task.spec.expression, new Date(ms))?.getTime() ?? null,
      ended: previous.current ? runEnd(app, previous.current.mark) : undefined,
      paused: app.operation === 'stop',
      mark: markOf(app, now),
    });
    if (JSON.stringify(result.state) === JSON.stringify(previous)) return undefined;
    const events = result.changes.map((c) => historyEvent(app, c));
    if (result.start) events.push(historyEvent(app, { kind: 'started', scheduledAt: result.start }));
    return { task, change: { status: statusOf(result.state, task.status, now) }, events, start: result.start };
  }

  private async claimAlone(decision: Decision): Promise<boolean> {
    try {
      await this.tasks.write([decision]);
      return true;
    } catch (error) {
      if (error instanceof ConflictError) return false;
      throw error;
    }
  }

  /** A run the application cannot start now (another operation under way) waits at the queue's head. */
  private async startRun(applicationId: string, scheduledAt: string, now: number): Promise<void> {
    try {
      await this.runner.startRun(applicationId);
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      const written = await this.tasks.find(applicationId);
      if (!written) return;
      const status = statusOf(requeue(stateOf(written.status), scheduledAt), written.status, now);
      await this.tasks.write([{ task: written, change: { status }, events: [] }]);
    }
  }
}

interface Decision extends TaskWrite {
  start: string | null;
}

function stateOf(status: TimingTaskStatus): TimingState {
  return { nextDueAt: status.nextDueAt, queue: status.queue, current: status.current, runs: status.runs };
}

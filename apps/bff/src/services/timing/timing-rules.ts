import { MAX_QUEUED_RUNS, RUNS_KEPT } from '@cs/contracts';
import type { TimingRun } from '@cs/contracts';

/** Tells whether the run a timing task started is over: the job's run number before it started. */
export interface RunMark {
  /** The application's `status.job.run` before the run started; null when it had none. */
  run: number | null;
  /** When the run was asked for. */
  at: string;
}

/** What a timing task keeps between periods, all in the store. */
export interface TimingState {
  /** The next crontab time not yet acted on. */
  nextDueAt: string | null;
  /** Due times waiting for the running one to end, oldest first. */
  queue: string[];
  /** The run under way: the due time it is of and how to tell it is over. */
  current: { scheduledAt: string; mark: RunMark } | null;
  /** The last runs, newest first. */
  runs: TimingRun[];
}

export type RunEnd = 'Finished' | 'Failed';

/** What happened in one period: the controller writes these as the task's events. */
export type TimingChange =
  | { kind: 'queued'; scheduledAt: string; queued: number }
  | { kind: 'discarded'; scheduledAt: string }
  | { kind: 'finished'; scheduledAt: string; outcome: RunEnd };

export interface PeriodInput {
  now: number;
  /** The first crontab time after a moment, or null when none comes. */
  nextAfter: (ms: number) => number | null;
  /** How the current run ended, if it has. */
  ended?: RunEnd;
  /** The operator stopped the application: due times pass without a run. */
  paused: boolean;
  /** Where the application's job stands now: kept with a run started in this period. */
  mark: RunMark;
}

export interface PeriodResult {
  state: TimingState;
  changes: TimingChange[];
  /** The due time to start a run of now; the caller claims it by writing `state` first. */
  start: string | null;
}

const iso = (ms: number) => new Date(ms).toISOString();
const keep = (runs: readonly TimingRun[]) => runs.slice(0, RUNS_KEPT);

function recordEnd(state: TimingState, outcome: RunEnd, now: number): TimingState {
  const current = state.current!;
  const runs = state.runs.map((r) =>
    r.scheduledAt === current.scheduledAt && r.outcome === 'Running' ? { ...r, outcome, finishedAt: iso(now) } : r,
  );
  return { ...state, current: null, runs };
}

/**
 * One period of a timing task. Every crontab time passed since the last period counts once (the
 * guide's high availability: due "several times during the master-slave switch period, the task
 * will only be executed once after"). One run at a time; a due time while one runs waits in the
 * queue, and with 3 waiting it is discarded.
 */
export function advancePeriod(previous: TimingState, input: PeriodInput): PeriodResult {
  const { now } = input;
  const changes: TimingChange[] = [];
  let state = previous;
  if (state.current && input.ended) {
    changes.push({ kind: 'finished', scheduledAt: state.current.scheduledAt, outcome: input.ended });
    state = recordEnd(state, input.ended, now);
  }
  const due = state.nextDueAt !== null && Date.parse(state.nextDueAt) <= now ? state.nextDueAt : null;
  if (due !== null) {
    const next = input.nextAfter(now);
    state = { ...state, nextDueAt: next === null ? null : iso(next) };
    if (!input.paused) {
      if (state.current === null && state.queue.length === 0) state = { ...state, queue: [due] };
      else if (state.queue.length < MAX_QUEUED_RUNS) {
        state = { ...state, queue: [...state.queue, due] };
        changes.push({ kind: 'queued', scheduledAt: due, queued: state.queue.length });
      } else {
        changes.push({ kind: 'discarded', scheduledAt: due });
        const discarded: TimingRun = {
          scheduledAt: due,
          startedAt: null,
          finishedAt: null,
          outcome: 'Discarded',
          message: `The execution queue already holds ${MAX_QUEUED_RUNS} runs: this one is discarded.`,
        };
        state = { ...state, runs: keep([discarded, ...state.runs]) };
      }
    }
  }
  if (state.current !== null || state.queue.length === 0 || input.paused) return { state, changes, start: null };
  const [start, ...queue] = state.queue as [string, ...string[]];
  const started: TimingRun = {
    scheduledAt: start,
    startedAt: iso(now),
    finishedAt: null,
    outcome: 'Running',
    message: null,
  };
  return {
    state: { ...state, queue, runs: keep([started, ...state.runs]), current: { scheduledAt: start, mark: input.mark } },
    changes,
    start,
  };
}

/** A run that could not start (the application was busy with the operator's operation) waits at the queue's head. */
export function requeue(state: TimingState, scheduledAt: string): TimingState {
  return {
    ...state,
    current: null,
    queue: [scheduledAt, ...state.queue].slice(0, MAX_QUEUED_RUNS),
    runs: state.runs.filter((r) => !(r.scheduledAt === scheduledAt && r.outcome === 'Running')),
  };
}

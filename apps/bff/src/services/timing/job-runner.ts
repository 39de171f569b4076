import type { BatchApplicationRow } from './timing-task-store.ts';
import type { RunEnd, RunMark } from './timing-rules.ts';

/** Starts a timing task's runs: the deploy engine carries a run out (jobs, packages/domain/src/workloads/jobs.ts). */
export interface JobRunner {
  /** Starts the next run; throws ConflictError while the application carries out another operation. */
  startRun(applicationId: string): Promise<void>;
}

/** Where the application's job stands now: what a run started now is told apart by. */
export function markOf(app: BatchApplicationRow, now: number): RunMark {
  return { run: app.job?.run ?? null, at: new Date(now).toISOString() };
}

const ENDS: readonly string[] = ['Finished', 'Failed'];
const SETTLED: readonly string[] = ['Ready', 'Failed', 'Stopped'];

/**
 * How the run started at `mark` ended, or undefined while it runs. A run is over when the job's
 * phase is Finished or Failed for a later run number, or (the same number counted again) when it
 * ended after the run was asked for. An application without a job status yet is judged by its phase.
 */
export function runEnd(app: BatchApplicationRow | undefined, mark: RunMark): RunEnd | undefined {
  if (!app) return 'Failed';
  const asked = Date.parse(mark.at);
  const { job } = app;
  if (job) {
    if (!ENDS.includes(job.phase)) return undefined;
    const later = mark.run === null || job.run > mark.run;
    const endedSince = job.finishedAt !== null && Date.parse(job.finishedAt) > asked;
    return later || endedSince ? (job.phase as RunEnd) : undefined;
  }
  if (!SETTLED.includes(app.phase) || app.phaseSince === null || Date.parse(app.phaseSince) <= asked) return undefined;
  return app.phase === 'Failed' ? 'Failed' : 'Finished';
}

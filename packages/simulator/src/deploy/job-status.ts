import type { Application, JobPhase, JobRunStatus, Service, TaskPhase } from '@cs/domain';
import { currentTaskPhase } from './task-plan.ts';

const STARTS_RUN: ReadonlySet<string> = new Set(['deploy', 'update', 'redeploy']);

function jobPhase(tasks: readonly TaskPhase[]): JobPhase {
  if (tasks.includes('Failed')) return 'Failed';
  return tasks.length > 0 && tasks.every((t) => t === 'Finished') ? 'Finished' : 'Running';
}

/** The services' highest deployment: Redeploy raises it, so it tells a new run even where the generation stays. */
const deploymentOf = (services: readonly Service[]) => Math.max(0, ...services.map((s) => s.spec.deployment));

/** A timing task that has not run yet (Deploy runs nothing): every task waits for the first due time. */
export function awaitsFirstRun(application: Application, services: readonly Service[]): boolean {
  return Boolean(application.spec.schedule) && services.every((s) => (s.status.task?.run ?? 0) === 0);
}

/**
 * A batch application's (a job's) run, from its tasks': Running while a task runs or waits to,
 * Finished when every task has finished, Failed when one failed. Deploy, Update and Redeploy start
 * the next run (the application's generation and the services' deployment the run is of are kept,
 * so a replay counts it once). A timing task is Waiting, run 0, until its first run.
 */
export function jobRunStatus(application: Application, services: readonly Service[], now: number): JobRunStatus {
  const previous = application.status.job;
  const { generation } = application.metadata;
  const deployment = deploymentOf(services);
  const tasks = Object.fromEntries(
    [...services]
      .sort((a, b) => a.metadata.name.localeCompare(b.metadata.name))
      .map((s) => [s.metadata.name, currentTaskPhase(s)]),
  );
  // What the first run is told apart by stays the Deploy's: a Redeploy read before its tasks moved is that run.
  if (awaitsFirstRun(application, services))
    return {
      phase: 'Waiting',
      run: 0,
      startedAt: null,
      finishedAt: null,
      tasks,
      generation: previous?.generation ?? generation,
      deployment: previous?.deployment ?? deployment,
    };
  const redeployed = previous?.deployment !== undefined && previous.deployment < deployment;
  const starts =
    STARTS_RUN.has(application.spec.operation.kind) && ((previous?.generation ?? 0) < generation || redeployed);
  const phase = jobPhase(Object.values(tasks));
  const iso = new Date(now).toISOString();
  const ended = phase === 'Finished' || phase === 'Failed';
  const endedBefore = !starts && previous?.phase === phase && previous.finishedAt !== null;
  return {
    phase,
    run: starts ? (previous?.run ?? 0) + 1 : (previous?.run ?? 1),
    startedAt: starts ? iso : (previous?.startedAt ?? iso),
    finishedAt: ended ? (endedBefore ? previous.finishedAt : iso) : null,
    tasks,
    generation: starts ? generation : (previous?.generation ?? generation),
    deployment: starts ? deployment : (previous?.deployment ?? deployment),
  };
}

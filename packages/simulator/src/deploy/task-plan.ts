import { MAX_ATTEMPTS_KEPT, containerName, operationDone, taskRunKey } from '@cs/domain';
import type {
  Application,
  BatchContainerRecord,
  Container,
  NewEvent,
  Service,
  TaskRunStatus,
  TaskSettings,
} from '@cs/domain';
import { STOPPED_REASON } from './container-lifecycle.ts';
import { createMissing, finish, serviceEvent, working } from './service-plan.ts';
import type { ContainerIntent, ServicePlan, ServicePlanInput } from './service-plan.ts';

/** The guide's defaults: `aliyun.retry_count` 3, `aliyun.remove_containers` remove-finished. */
const DEFAULT_TASK: TaskSettings = { retryCount: 3, removeContainers: 'remove-finished' };

const iso = (ms: number) => new Date(ms).toISOString();

const TASK_OPERATIONS: ReadonlySet<string> = new Set(['deploy', 'update', 'redeploy', 'start']);

/**
 * A batch service carrying out a deployment (Deploy, Update, Redeploy) or Start runs as a task of
 * its job; Stop and Delete stop and remove its containers as they do an online service's.
 */
export function runsTask(service: Service): boolean {
  return service.spec.category === 'batch' && TASK_OPERATIONS.has(service.spec.operation.kind);
}

/** The run key of a timing task's Deploy, which runs nothing: no run's key is it, so the first Redeploy is run 1. */
const AWAITING_SCHEDULE = 'awaiting-schedule';

/**
 * A timing task's task (ADR 025) that is only deployed, or started again before it ever ran: it
 * waits for its first due time (the timing controller's Redeploy) with no container.
 */
export function awaitsSchedule(service: Service, application: Application | undefined): boolean {
  if (!application?.spec.schedule) return false;
  const kind = service.spec.operation.kind;
  const neverRan = (service.status.task?.run ?? 0) === 0;
  return kind === 'deploy' || (kind === 'start' && neverRan);
}

/** Deploy of a timing task: the service is Ready with no container and its task Waiting, run 0. */
export function planAwaitingSchedule(input: ServicePlanInput): ServicePlan {
  const { service } = input;
  const task: TaskRunStatus = service.status.task ?? {
    phase: 'Waiting',
    run: 0,
    runKey: AWAITING_SCHEDULE,
    startedAt: null,
    finishedAt: null,
    reason: null,
    containers: [],
  };
  const plan = operationDone(service) ? { intents: [], events: [] } : finish(input, 'Ready', null);
  return withTask(input, plan, task);
}

/** The task's phase in its service's current run: Waiting until that run has started. */
export function currentTaskPhase(service: Service): TaskRunStatus['phase'] {
  const task = service.status.task;
  return task && task.runKey === taskRunKey(service.spec) ? task.phase : 'Waiting';
}

const removes = (settings: TaskSettings, phase: BatchContainerRecord['phase']) =>
  settings.removeContainers === 'remove-all' ||
  (phase === 'Finished' && settings.removeContainers === 'remove-finished') ||
  (phase === 'Failed' && settings.removeContainers === 'remove-failed');

interface Outcome {
  records: BatchContainerRecord[];
  intents: ContainerIntent[];
  events: NewEvent[];
  failure: string | null;
}

/** Records the containers that exited since the last look: a retry, or their final phase (and removal). */
function recordExits(
  service: Service,
  settings: TaskSettings,
  task: TaskRunStatus,
  containers: readonly Container[],
): Outcome {
  const byNumber = new Map(containers.map((c) => [c.spec.number, c]));
  const outcome: Outcome = { records: [], intents: [], events: [], failure: null };
  const fail = (record: BatchContainerRecord, why: string) => {
    record.phase = 'Failed';
    outcome.failure ??= why;
    outcome.events.push(serviceEvent(service, 'Error', 'ContainerFailed', why));
  };
  for (const previous of task.containers) {
    const record = { ...previous };
    outcome.records.push(record);
    const container = byNumber.get(record.number);
    if (record.phase !== 'Running') continue;
    if (!container) {
      fail(record, `Container ${record.name} was deleted before it finished.`);
      continue;
    }
    if (container.status.phase === 'failed') {
      fail(record, `Container ${record.name} failed: ${container.status.reason ?? 'it could not be created'}.`);
      continue;
    }
    const attempt = container.status.restartCount + 1;
    const exited = container.status.phase === 'exited' && container.status.reason !== STOPPED_REASON;
    if (!exited || record.attempts >= attempt) continue;
    const exitCode = container.status.exitCode;
    record.attempts = attempt;
    record.exitCode = exitCode;
    record.history = [
      ...record.history,
      { attempt, startedAt: container.status.startedAt, finishedAt: container.status.phaseSince, exitCode },
    ].slice(-MAX_ATTEMPTS_KEPT);
    if (exitCode === 0) {
      record.phase = 'Finished';
    } else if (attempt <= settings.retryCount) {
      outcome.intents.push({ kind: 'restart', container });
      outcome.events.push(
        serviceEvent(
          service,
          'Warning',
          'ContainerRetry',
          `Container ${record.name} failed with exit code ${exitCode}; retry ${attempt} of ${settings.retryCount}.`,
        ),
      );
    } else {
      const retries = settings.retryCount === 1 ? '1 retry' : `${settings.retryCount} retries`;
      fail(record, `Container ${record.name} failed with exit code ${exitCode} after ${retries}.`);
    }
  }
  for (const record of outcome.records) {
    const container = byNumber.get(record.number);
    if (
      container &&
      record.phase !== 'Running' &&
      container.status.phase !== 'removing' &&
      removes(settings, record.phase)
    )
      outcome.intents.push({ kind: 'remove', container });
  }
  return outcome;
}

function taskPhase(records: readonly BatchContainerRecord[]): TaskRunStatus['phase'] {
  if (records.some((r) => r.phase === 'Failed')) return 'Failed';
  return records.every((r) => r.phase === 'Finished') ? 'Finished' : 'Running';
}

/** The plan with the task's status written beside the service's. */
function withTask(input: ServicePlanInput, plan: ServicePlan, task: TaskRunStatus): ServicePlan {
  const base = plan.status ?? input.service.status;
  const changed = plan.status !== undefined || JSON.stringify(task) !== JSON.stringify(input.service.status.task);
  return { ...plan, ...(changed ? { status: { ...base, task } } : {}) };
}

/** Starts the task's containers (1..scale) once the tasks it depends on have finished. */
function startTask(input: ServicePlanInput, task: TaskRunStatus): ServicePlan {
  const { service, dependencies, now } = input;
  if (dependencies === 'waiting') return withTask(input, working(input, []), task);
  if (dependencies !== 'ready') return withTask(input, finish(input, 'Failed', dependencies.failed), task);
  const created = createMissing(input, new Set());
  if ('failure' in created) {
    const failed = { ...task, phase: 'Failed' as const, finishedAt: iso(now), reason: created.failure };
    return withTask(input, finish(input, 'Failed', created.failure), failed);
  }
  const records = created.intents.flatMap((i): BatchContainerRecord[] =>
    i.kind === 'create'
      ? [
          {
            number: i.number,
            name: containerName(service.spec.applicationName, service.metadata.name, i.number),
            phase: 'Running',
            exitCode: null,
            attempts: 0,
            history: [],
          },
        ]
      : [],
  );
  const running = { ...task, phase: 'Running' as const, startedAt: iso(now), containers: records };
  if (records.length === 0) return settle(input, { ...running, phase: 'Finished' }, []);
  return withTask(input, working(input, created.intents), running);
}

/** The task has ended: its events, and the service's operation ends with it. */
function settle(input: ServicePlanInput, task: TaskRunStatus, events: NewEvent[]): ServicePlan {
  const { service, now } = input;
  const ended = { ...task, finishedAt: iso(now) };
  const job = service.spec.applicationName;
  const words =
    task.phase === 'Finished'
      ? serviceEvent(service, 'Info', 'TaskFinished', `Task ${service.metadata.name} of job ${job} finished.`)
      : serviceEvent(
          service,
          'Error',
          'TaskFailed',
          `Task ${service.metadata.name} of job ${job} failed: ${task.reason}`,
        );
  const plan = operationDone(service)
    ? { intents: [], events: [] }
    : finish(input, task.phase === 'Finished' ? 'Ready' : 'Failed', task.reason);
  return withTask(input, { ...plan, events: [...events, words, ...plan.events] }, ended);
}

/**
 * A task of an offline job (ADR 025): a new run removes the last run's containers, waits for the
 * tasks it depends on to finish, runs `scale` containers, executes a container that exits with an
 * error again up to `retry_count` times and removes ended containers by `remove_containers`. Each
 * container's result and operation history is kept on the service's status, so they outlive it.
 */
export function planTask(input: ServicePlanInput): ServicePlan {
  const { service, containers } = input;
  const settings = service.spec.definition.task ?? DEFAULT_TASK;
  const runKey = taskRunKey(service.spec);
  const previous = service.status.task;
  if (!previous || previous.runKey !== runKey) {
    const fresh: TaskRunStatus = {
      phase: 'Waiting',
      run: (previous?.run ?? 0) + 1,
      runKey,
      startedAt: null,
      finishedAt: null,
      reason: null,
      containers: [],
    };
    const leftovers = containers.filter((c) => c.status.phase !== 'removing');
    const intents = leftovers.map((container): ContainerIntent => ({ kind: 'remove', container }));
    return withTask(input, working(input, intents), fresh);
  }
  if (previous.phase === 'Waiting') return startTask(input, previous);
  const current = containers.filter(
    (c) => c.spec.definitionVersion === service.spec.definitionVersion && c.spec.deployment === service.spec.deployment,
  );
  const outcome = recordExits(service, settings, previous, current);
  // Start (Activate) carries on where Stop left off: the stopped containers run again, the ended ones stay ended.
  const starting = service.spec.operation.kind === 'start';
  for (const container of current)
    if (
      starting &&
      container.spec.desiredState === 'running' &&
      container.status.phase === 'exited' &&
      container.status.reason === STOPPED_REASON
    )
      outcome.intents.push({ kind: 'start', container });
  const phase = previous.phase === 'Running' ? taskPhase(outcome.records) : previous.phase;
  const task: TaskRunStatus = {
    ...previous,
    phase,
    reason: previous.reason ?? outcome.failure,
    containers: outcome.records,
  };
  if (previous.phase === 'Running' && phase !== 'Running')
    return { ...settle(input, task, outcome.events), intents: outcome.intents };
  // Still running, or ended before this operation (an Update that changed only the scale): it ends now.
  const base = operationDone(service)
    ? { intents: [], events: [] }
    : phase === 'Running'
      ? working(input, [])
      : finish(input, phase === 'Finished' ? 'Ready' : 'Failed', task.reason);
  return withTask(input, { ...base, intents: outcome.intents, events: [...outcome.events, ...base.events] }, task);
}

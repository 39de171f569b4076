import { APPLICATION_OPERATION_PHASE, operationDone } from '@cs/domain';
import type {
  Application,
  ApplicationStatus,
  EventLevel,
  JobRunStatus,
  NewEvent,
  Service,
  WorkloadPhase,
} from '@cs/domain';
import { jobRunStatus } from './job-status.ts';

export interface ApplicationPlan {
  status?: ApplicationStatus;
  remove?: boolean;
  events: NewEvent[];
}

export function applicationEvent(
  application: Application,
  level: EventLevel,
  reason: string,
  message: string,
): NewEvent {
  return {
    clusterId: application.spec.clusterId,
    resourceKind: 'application',
    resourceId: application.metadata.id,
    applicationId: application.metadata.id,
    level,
    reason,
    message,
  };
}

const DONE_WORDS: Record<Application['spec']['operation']['kind'], string> = {
  deploy: 'Create',
  update: 'Update',
  redeploy: 'Redeploy',
  stop: 'Stop',
  start: 'Start',
  delete: 'Delete',
};

/** The application's phase from its services': in its operation's phase until every service has rested. */
function restingPhase(services: readonly Service[]): { phase: WorkloadPhase; reason: string | null } {
  const failed = services.find((s) => s.status.phase === 'Failed');
  if (failed)
    return { phase: 'Failed', reason: `Service ${failed.metadata.name}: ${failed.status.reason ?? 'failed'}` };
  if (services.length > 0 && services.every((s) => s.status.phase === 'Stopped'))
    return { phase: 'Stopped', reason: null };
  return { phase: 'Ready', reason: null };
}

/**
 * The application's status from its services' (the engine calls it when one of them moves), and
 * its removal once a deletion has removed every service.
 */
export function planApplication(application: Application, services: readonly Service[], now: number): ApplicationPlan {
  const kind = application.spec.operation.kind;
  const name = application.metadata.name;
  if (kind === 'delete' && services.length === 0)
    return {
      remove: true,
      events: [applicationEvent(application, 'Info', 'OperationCompleted', `Delete application ${name} completed.`)],
    };
  // Every application has a service: none yet means the engine has not read them back yet.
  const unseen = services.length === 0 && kind !== 'delete';
  const busy =
    !operationDone(application) && (unseen || services.some((s) => !operationDone(s) || s.status.phase === 'Deleting'));
  const next = busy
    ? { phase: APPLICATION_OPERATION_PHASE[kind], reason: null }
    : kind === 'delete'
      ? { phase: 'Deleting' as const, reason: null }
      : restingPhase(services);
  const settles = !busy && kind !== 'delete' && !operationDone(application);
  const status = application.status;
  const job =
    application.spec.category === 'batch' && kind !== 'delete' ? jobRunStatus(application, services, now) : undefined;
  const jobMoved = job !== undefined && JSON.stringify(job) !== JSON.stringify(status.job);
  if (!settles && !jobMoved && status.phase === next.phase && status.reason === next.reason) return { events: [] };
  const iso = new Date(now).toISOString();
  const jobEvents = job && jobMoved ? jobEnded(application, status.job, job) : [];
  const events = settles
    ? [
        next.phase === 'Failed'
          ? applicationEvent(
              application,
              'Error',
              'OperationFailed',
              `${DONE_WORDS[kind]} application ${name} failed: ${next.reason}`,
            )
          : applicationEvent(
              application,
              'Info',
              'OperationCompleted',
              `${DONE_WORDS[kind]} application ${name} completed.`,
            ),
      ]
    : [];
  return {
    status: {
      ...status,
      ...next,
      ...(status.phase === next.phase ? {} : { phaseSince: iso }),
      ...(settles ? { observedGeneration: application.metadata.generation } : {}),
      ...(job ? { job } : {}),
    },
    events: [...jobEvents, ...events],
  };
}

/** "Job X finished." when a run ends (once: a replay of the same run's end writes nothing new). */
function jobEnded(application: Application, before: JobRunStatus | undefined, after: JobRunStatus): NewEvent[] {
  const name = application.metadata.name;
  if (after.finishedAt === null || (before?.run === after.run && before.finishedAt !== null)) return [];
  if (after.phase === 'Finished')
    return [applicationEvent(application, 'Info', 'JobFinished', `Job ${name} finished.`)];
  const failed = Object.entries(after.tasks).find(([, phase]) => phase === 'Failed')?.[0];
  return [applicationEvent(application, 'Error', 'JobFailed', `Job ${name} failed: task ${failed ?? '?'} failed.`)];
}

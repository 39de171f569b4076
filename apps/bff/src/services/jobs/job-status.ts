import { taskRunKey } from '@cs/domain';
import type { Application, JobRunStatus, Service } from '@cs/domain';
import type { JobStatusDto, JobTaskDto } from '@cs/contracts';

const DEFAULT_TASK = { retryCount: 3, removeContainers: 'remove-finished' } as const;

/** A task as the status API shows it: its current run's phase and a page of its containers. */
function taskOf(service: Service, page: { limit: number; offset: number }): JobTaskDto {
  const { definition } = service.spec;
  const task = service.status.task;
  const current = task && task.runKey === taskRunKey(service.spec) ? task : undefined;
  const containers = current?.containers ?? [];
  const settings = definition.task ?? DEFAULT_TASK;
  return {
    name: service.metadata.name,
    serviceId: service.metadata.id,
    phase: current?.phase ?? 'Waiting',
    dependsOn: [...definition.dependsOn],
    scale: definition.scale,
    retryCount: settings.retryCount,
    removeContainers: settings.removeContainers,
    startedAt: current?.startedAt ?? null,
    finishedAt: current?.finishedAt ?? null,
    reason: current?.reason ?? null,
    containers: containers.slice(page.offset, page.offset + page.limit).map((c) => ({
      name: c.name,
      phase: c.phase,
      exitCode: c.exitCode,
      attempts: c.attempts,
      history: c.history.map((h) => ({ ...h })),
    })),
    containersTotal: containers.length,
  };
}

const NOT_STARTED: JobRunStatus = { phase: 'Running', run: 1, startedAt: null, finishedAt: null, tasks: {} };

/** The job, its tasks in dependency order of the template (by name) and their containers. */
export function toJobStatus(
  application: Application,
  services: readonly Service[],
  page: { limit: number; offset: number },
): JobStatusDto {
  const job = application.status.job ?? NOT_STARTED;
  return {
    applicationId: application.metadata.id,
    name: application.metadata.name,
    phase: job.phase,
    run: job.run,
    startedAt: job.startedAt,
    finishedAt: job.finishedAt,
    tasks: [...services]
      .sort((a, b) => a.metadata.name.localeCompare(b.metadata.name, 'en', { numeric: true }))
      .map((s) => taskOf(s, page)),
  };
}

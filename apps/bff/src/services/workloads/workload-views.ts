import { noContainers, releaseStatusText } from '@cs/domain';
import type { Application, BlueGreenRelease, ContainerCounts, Service } from '@cs/domain';
import type { ApplicationDto, ApplicationSummary, ReleaseDto, ServiceDto } from '@cs/contracts';

/** A release as the API shows it: which services are on which side, not the template it would restore. */
function toReleaseDto(release: BlueGreenRelease | null | undefined): ReleaseDto | null {
  if (!release) return null;
  const { blue, green, unchanged, startedAt } = release;
  return { fromVersion: release.previous.version, blue, green, unchanged, startedAt };
}

function statusOf(application: Application, counts: ContainerCounts): ApplicationDto['status'] {
  const releaseStatus = releaseStatusText(application.status.phase, application.spec.release);
  return { ...application.status, containerCounts: counts, releaseStatus };
}

/** The application as the API shows it, its Container Status derived from its containers. */
export function toApplicationDto(application: Application, counts: ContainerCounts = noContainers()): ApplicationDto {
  const spec = { ...application.spec, release: toReleaseDto(application.spec.release) };
  return { metadata: application.metadata, spec, status: statusOf(application, counts) };
}

/** An application in a list: everything but its template. */
export function toApplicationSummary(application: Application, counts: ContainerCounts): ApplicationSummary {
  const { template: _template, variables: _variables, ...spec } = application.spec;
  return {
    metadata: application.metadata,
    spec: { ...spec, release: toReleaseDto(spec.release) },
    status: statusOf(application, counts),
  };
}

export function toServiceDto(service: Service, counts: ContainerCounts = noContainers()): ServiceDto {
  // A task's container records are the job status API's (GET /applications/:id/job), not every service list's.
  const { task: _task, ...status } = service.status;
  return { ...service, status: { ...status, containerCounts: counts } };
}

import { noContainers } from '@cs/domain';
import type { Application, ContainerCounts, Service } from '@cs/domain';
import type { ApplicationDto, ApplicationSummary, ServiceDto } from '@cs/contracts';

/** The application as the API shows it, its Container Status derived from its containers. */
export function toApplicationDto(application: Application, counts: ContainerCounts = noContainers()): ApplicationDto {
  return { ...application, status: { ...application.status, containerCounts: counts } };
}

/** An application in a list: everything but its template. */
export function toApplicationSummary(application: Application, counts: ContainerCounts): ApplicationSummary {
  const { template: _template, variables: _variables, ...spec } = application.spec;
  return { metadata: application.metadata, spec, status: { ...application.status, containerCounts: counts } };
}

export function toServiceDto(service: Service, counts: ContainerCounts = noContainers()): ServiceDto {
  return { ...service, status: { ...service.status, containerCounts: counts } };
}

import type { Resource, ResourceStatus } from '../resource.ts';
import type { ApplicationCategory, WorkloadPhase } from './applications.ts';
import type { TaskRunStatus } from './jobs.ts';
import type { ServiceDefinition } from './service-definition.ts';

/** What the operator last asked of a service; each one bumps the service's generation. */
export type ServiceOperation =
  | { kind: 'deploy' }
  | { kind: 'update'; reschedule: boolean }
  | { kind: 'redeploy' }
  | { kind: 'stop' }
  | { kind: 'start' }
  | { kind: 'restart' }
  | { kind: 'reschedule'; force: boolean; ignoreLocalVolumes: boolean }
  | { kind: 'delete' };

export interface ServiceSpec {
  clusterId: string;
  applicationId: string;
  applicationName: string;
  category: ApplicationCategory;
  definition: ServiceDefinition;
  /** Bumped when the definition changes: containers made from an older one are replaced. */
  definitionVersion: number;
  /** Bumped by Redeploy: containers pulled before it are pulled and created again. */
  deployment: number;
  /** Pull the image again even if the node has it (the application's Pull Docker Image). */
  pullImage: boolean;
  desiredState: 'running' | 'stopped';
  operation: ServiceOperation;
  /**
   * What its routing prefixes are appended to, as the cluster had it when the service was last
   * deployed, updated or redeployed (the guide: the root domain takes effect on redeploy). Absent
   * for services deployed before it was kept: the cluster's test domain.
   */
  routingSuffix?: string;
}

export interface ServiceStatus extends ResourceStatus<WorkloadPhase> {
  reason: string | null;
  /** The generation whose one-shot action (Restart, Reschedule) the engine has carried out. */
  startedGeneration: number;
  /** A batch service's (a task's) current run: its phase and its containers' results and history. */
  task?: TaskRunStatus;
}

export type Service = Resource<ServiceSpec, ServiceStatus>;

/** The engine has carried out the latest operation (it records the generation it observed). */
export function operationDone(resource: { metadata: { generation: number }; status: ResourceStatus }): boolean {
  return resource.status.observedGeneration >= resource.metadata.generation;
}

/** How many containers a non-global service wants. */
export function desiredScale(service: Service): number {
  return service.spec.definition.external ? 0 : service.spec.definition.scale;
}

/** The service's phase words for the operation it is carrying out. */
export const SERVICE_OPERATION_PHASE: Record<ServiceOperation['kind'], WorkloadPhase> = {
  deploy: 'Deploying',
  update: 'Updating',
  redeploy: 'Redeploying',
  stop: 'Stopping',
  start: 'Starting',
  restart: 'Restarting',
  reschedule: 'Rescheduling',
  delete: 'Deleting',
};

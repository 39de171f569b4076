import type { Resource, ResourceStatus } from '../resource.ts';
import type { JobRunStatus } from './jobs.ts';
import type { BlueGreenRelease } from './releases.ts';

/**
 * The guide shows "Ready"; the other words name what the deploy engine is doing, so a list tells
 * at a glance whether an operation is still running, has failed, or the application is stopped.
 */
export const WORKLOAD_PHASES = [
  'Deploying',
  'Ready',
  'Updating',
  'Redeploying',
  'Stopping',
  'Stopped',
  'Starting',
  'Restarting',
  'Rescheduling',
  'Deleting',
  'Failed',
] as const;
export type WorkloadPhase = (typeof WORKLOAD_PHASES)[number];

/** Online applications run services; batch ones are offline jobs; system ones come with every cluster. */
export type ApplicationCategory = 'online' | 'batch' | 'system';

/** Standard release replaces containers; blue-green runs the new version beside the old. */
export type UpdateMethod = 'standard' | 'blue-green';

/** What the operator last asked of an application, carried out by the deploy engine. */
export type ApplicationOperation =
  | { kind: 'deploy' }
  | { kind: 'update'; reschedule: boolean }
  | { kind: 'redeploy' }
  | { kind: 'stop' }
  | { kind: 'start' }
  | { kind: 'delete' };

export interface ApplicationSpec {
  clusterId: string;
  description: string;
  version: string;
  /** The orchestration template as the operator wrote it, and the parameter values given. */
  template: string;
  variables: Record<string, string>;
  updateMethod: UpdateMethod;
  /** "Pull Docker Image: check to use the latest Docker image in registry." */
  pullImage: boolean;
  category: ApplicationCategory;
  operation: ApplicationOperation;
  /** The blue-green release awaiting Confirm Release Completion or Rollback; absent or null otherwise. */
  release?: BlueGreenRelease | null;
  /** A timing task's `aliyun.schedule` (crontab, Beijing time): its runs wait for it, Deploy runs nothing. */
  schedule?: { expression: string; timeZone: string } | null;
  /** Counts Redeploys, so each one is a new generation the engine carries out (a run of a job). */
  deployment?: number;
}

export interface ApplicationStatus extends ResourceStatus<WorkloadPhase> {
  /** Why the application is Failed, in words an operator can act on. */
  reason: string | null;
  /** A batch application's (a job's) current run, kept by the deploy engine. */
  job?: JobRunStatus;
}

export type Application = Resource<ApplicationSpec, ApplicationStatus>;

/** The phase an application enters when an operation starts. */
export const APPLICATION_OPERATION_PHASE: Record<ApplicationOperation['kind'], WorkloadPhase> = {
  deploy: 'Deploying',
  update: 'Updating',
  redeploy: 'Redeploying',
  stop: 'Stopping',
  start: 'Starting',
  delete: 'Deleting',
};

/** Phases in which an application (or service) accepts a new operation. */
export const SETTLED_PHASES: readonly WorkloadPhase[] = ['Ready', 'Stopped', 'Failed'];

/** Why an operation cannot start in the current phase, or undefined when it can. */
export function workloadOperationProblem(what: string, phase: WorkloadPhase, operation: string): string | undefined {
  if (SETTLED_PHASES.includes(phase)) return undefined;
  if (operation === 'delete' && phase !== 'Deleting') return undefined;
  return `${what} is ${phase}; wait until it is Ready, Stopped or Failed before you ${operation} it.`;
}

import type { Resource, ResourceStatus } from '../resource.ts';
import type { PortProtocol } from './service-definition.ts';

/**
 * Docker's words, as the guide's container tables show them ("running"), plus the simulated
 * cloud's: `pulling` (the image is being pulled), `failed` (it could not be pulled or created) and
 * `lost` (its node is down: nothing is known of it until the node is back or it is redeployed).
 */
export const CONTAINER_STATES = [
  'pulling',
  'created',
  'running',
  'restarting',
  'exited',
  'removing',
  'failed',
  'lost',
] as const;
export type ContainerState = (typeof CONTAINER_STATES)[number];

/** The Health Check column: Initial until the first probe, then Normal or Unhealthy. */
export const HEALTH_STATES = ['Initial', 'Normal', 'Unhealthy'] as const;
export type HealthState = (typeof HEALTH_STATES)[number];

export interface ContainerSpec {
  clusterId: string;
  applicationId: string;
  serviceId: string;
  applicationName: string;
  serviceName: string;
  /** `n` of `{app}_{service}_{n}`. */
  number: number;
  nodeId: string;
  image: string;
  /** The service definition version and deployment it was created from. */
  definitionVersion: number;
  deployment: number;
  /** What the operator asked of this container alone (Stop / Start / Delete in a container table). */
  desiredState: 'running' | 'stopped' | 'removed';
  /** The name other containers resolve it by: the template's hostname, else the container name. */
  hostname: string;
  /** Names it resolves (service discovery): each link's alias to the linked service's containers. */
  links: { alias: string; target: string }[];
}

export interface ContainerPort {
  containerPort: number;
  protocol: PortProtocol;
  /** Null for a port that is only exposed to other containers. */
  hostPort: number | null;
  hostIp: string;
}

export interface ContainerStatus extends ResourceStatus<ContainerState> {
  health: HealthState | null;
  /** `sha256:…` of the image the registry gave when it was pulled; null until then. */
  imageDigest: string | null;
  containerIp: string;
  nodeIp: string;
  ports: ContainerPort[];
  exitCode: number | null;
  restartCount: number;
  startedAt: string | null;
  reason: string | null;
}

export type Container = Resource<ContainerSpec, ContainerStatus>;

/** The containers counted as "Ready" in the lists' Container Status column. */
export function isReadyContainer(status: Pick<ContainerStatus, 'phase' | 'health'>): boolean {
  return status.phase === 'running' && status.health !== 'Unhealthy';
}

/** Counts per state, as lists show them: "Ready:3 Stop:0". */
export interface ContainerCounts {
  ready: number;
  stopped: number;
  /** Neither: being pulled, created, restarted, unhealthy, lost or failed. */
  other: number;
}

/** The Container Status column's words. */
export function containerStatusText(counts: ContainerCounts): string {
  const base = `Ready:${counts.ready} Stop:${counts.stopped}`;
  return counts.other > 0 ? `${base} Other:${counts.other}` : base;
}

/** Adds `count` containers of a state to the tally the Container Status column shows. */
export function tallyContainers(
  counts: ContainerCounts,
  status: Pick<ContainerStatus, 'phase' | 'health'>,
  count = 1,
): ContainerCounts {
  if (isReadyContainer(status)) counts.ready += count;
  else if (status.phase === 'exited') counts.stopped += count;
  else counts.other += count;
  return counts;
}

export const noContainers = (): ContainerCounts => ({ ready: 0, stopped: 0, other: 0 });

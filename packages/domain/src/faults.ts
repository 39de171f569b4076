import type { Resource, ResourceStatus } from './resource.ts';

/** What a fault can be aimed at: a cluster's or node's steps, an image's pulls, a service's containers. */
export type FaultTargetKind = 'cluster' | 'node' | 'image' | 'service';

/**
 * A failure the operator (or a test) injects: the next `count` times a step of the target runs
 * (any step when `step` is null), it fails with `message` instead of completing.
 */
export interface FaultSpec {
  targetKind: FaultTargetKind;
  /** One resource, or null for every resource of the kind. */
  targetId: string | null;
  step: string | null;
  message: string;
  count: number;
}

export type Fault = Resource<FaultSpec, ResourceStatus<'Armed'>>;

/** The steps a fault can hit, by target: the conditions the simulator records them as. */
export const FAULTABLE_STEPS: Record<FaultTargetKind, readonly string[]> = {
  cluster: [
    'NetworkReady',
    'SecurityGroupReady',
    'LoadBalancerReady',
    'InstancesReady',
    'DockerReady',
    'AgentReady',
    'InstancesReleased',
    'LoadBalancerReleased',
    'ExpandInstancesReady',
    'ExpandDockerReady',
    'ExpandAgentReady',
    'AttachImageReset',
    'AttachDockerReady',
    'AttachAgentReady',
    'AgentUpgraded',
    'SnapshotTaken',
    'DockerUpgraded',
    'SystemServicesUpgraded',
    'DiskCleared',
  ],
  node: ['ContainersMigrated', 'NodeDetached', 'SystemDiskReplaced', 'NodeReinstalled'],
  /** Pulls of the image (its reference, `nginx:latest`) fail. */
  image: ['Pull'],
  /** The service's containers fail their health check, or crash; a batch task's containers exit with an error. */
  service: ['Probe', 'Crash', 'Exit'],
};

/** The scope faults are stored under: their target, or every resource of the kind. */
export function faultScope(targetKind: FaultTargetKind, targetId: string | null): string {
  return targetId ?? `*${targetKind}`;
}

/** The armed fault that hits this step of this resource, if any (a specific one before a wildcard). */
export function matchingFault(
  faults: readonly Fault[],
  targetKind: FaultTargetKind,
  targetId: string,
  step: string,
): Fault | undefined {
  const hits = faults.filter(
    (f) =>
      f.spec.targetKind === targetKind &&
      (f.spec.targetId === null || f.spec.targetId === targetId) &&
      (f.spec.step === null || f.spec.step === step) &&
      f.spec.count > 0,
  );
  return hits.find((f) => f.spec.targetId !== null) ?? hits[0];
}

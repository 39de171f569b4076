import type { ChargeType } from './nodes.ts';
import type { OperatingSystem } from './instance-types.ts';
import type { NetworkType } from './clusters.ts';
import type { Resource, ResourceStatus } from './resource.ts';

export const INSTANCE_PHASES = ['Pending', 'Running', 'Stopped'] as const;
export type InstancePhase = (typeof INSTANCE_PHASES)[number];

/** An ECS instance of the account, in a cluster or not. */
export interface InstanceSpec {
  region: string;
  zone: string;
  networkType: NetworkType;
  vpcId: string | null;
  instanceType: string;
  operatingSystem: OperatingSystem;
  /** Manual attachment needs Linux 3.18 or later. */
  kernelVersion: string;
  chargeType: ChargeType;
}

export interface InstanceStatus extends ResourceStatus<InstancePhase> {
  privateIp: string;
  /** The public IP (classic) or EIP (VPC); without one an instance may fail to join. */
  publicIp: string | null;
  clusterId: string | null;
}

export type Instance = Resource<InstanceSpec, InstanceStatus>;

const MIN_KERNEL: readonly [number, number] = [3, 18];

/**
 * Why an instance cannot join a cluster, automatically or manually, or undefined when it can: the
 * guide's consideration that it needs a public IP (classic network) or EIP (VPC).
 */
export function attachProblem(instance: Pick<Instance, 'spec' | 'status' | 'metadata'>): string | undefined {
  if (instance.status.publicIp) return undefined;
  const missing = instance.spec.networkType === 'vpc' ? 'EIP' : 'public IP';
  return `${instance.metadata.id} has no ${missing}. Make sure that your ECS instance has a public IP (classic network) or EIP (VPC); otherwise, the ECS instance might not be added successfully.`;
}

/** Why an instance cannot join a cluster by the manual script, or undefined when it can. */
export function manualAttachProblem(instance: Pick<Instance, 'spec' | 'status' | 'metadata'>): string | undefined {
  const [major = 0, minor = 0] = instance.spec.kernelVersion.split('.').map(Number);
  if (major < MIN_KERNEL[0] || (major === MIN_KERNEL[0] && minor < MIN_KERNEL[1])) {
    return `The kernel of ${instance.metadata.id} is Linux ${instance.spec.kernelVersion}; the Container Service requires Linux 3.18 or higher. Upgrade the kernel first.`;
  }
  return attachProblem(instance);
}

import { manualAttachProblem } from '@cs/domain';
import type { ClusterDto, InstanceDto, InstanceListQuery } from '@cs/contracts';
import { maxNodesToAdd } from '../../clusters.utils.ts';

/** Automatically Add (reset the image, several at once) or Manually Add (run a script, one at a time). */
export type AttachMode = 'automatic' | 'manual';

/** The instances worth offering: same region and network type (and VPC) as the cluster, in no cluster. */
export function candidateInstancesQuery(cluster: Pick<ClusterDto, 'spec'>): InstanceListQuery {
  const { region, networkType, vpc } = cluster.spec;
  return {
    region,
    networkType,
    ...(networkType === 'vpc' && vpc ? { vpcId: vpc.vpcId } : {}),
    available: true,
    pageSize: 100,
  };
}

/** Why an instance cannot be chosen in this mode (manual needs Linux 3.18+ and a public IP), or undefined. */
export function instanceAttachProblem(instance: InstanceDto, mode: AttachMode): string | undefined {
  if (instance.status.phase !== 'Running')
    return `${instance.metadata.id} is ${instance.status.phase}; start it first.`;
  return mode === 'manual' ? manualAttachProblem(instance) : undefined;
}

/** A warning for an instance that may be chosen but might not join. */
export function instanceAttachWarning(instance: InstanceDto, mode: AttachMode): string | undefined {
  if (mode === 'automatic' && !instance.status.publicIp) {
    return 'No public IP or EIP: the instance might not be added successfully.';
  }
  return undefined;
}

/** Why the chosen instances cannot go on to the next step, or undefined when they can. */
export function selectionProblem(mode: AttachMode, selected: number, nodeCount: number): string | undefined {
  if (selected === 0) return 'Select the instances to be added.';
  if (mode === 'manual' && selected !== 1)
    return 'You can only select one ECS instance at a time when adding it manually.';
  const room = maxNodesToAdd(nodeCount);
  if (selected > room) return `A cluster can contain up to 20 nodes: select at most ${room}.`;
  return undefined;
}

/** The titles of the wizard's steps in each mode. */
export function attachStepTitles(mode: AttachMode): string[] {
  return mode === 'automatic'
    ? ['Select Instances', 'Set Instance Information', 'Finish']
    : ['Select Instance', 'Confirm Instance Information', 'Execute Command'];
}

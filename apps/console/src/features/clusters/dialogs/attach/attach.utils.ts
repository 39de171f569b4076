import { attachProblem, clusterFullMessage, manualAttachProblem, nodeRoom } from '@cs/domain';
import type { ClusterDto, InstanceDto, InstanceListQuery } from '@cs/contracts';

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

/**
 * Why an instance cannot be chosen in this mode, or undefined: it must be Running and have a public
 * IP (classic network) or EIP (VPC); manual adding also needs Linux 3.18 or higher.
 */
export function instanceAttachProblem(instance: InstanceDto, mode: AttachMode): string | undefined {
  if (instance.status.phase !== 'Running')
    return `${instance.metadata.id} is ${instance.status.phase}; start it first.`;
  return mode === 'manual' ? manualAttachProblem(instance) : attachProblem(instance);
}

/** Why the chosen instances cannot go on to the next step (a cluster holds `nodesPerCluster`), or undefined when they can. */
export function selectionProblem(
  mode: AttachMode,
  selected: number,
  nodeCount: number,
  nodesPerCluster: number,
): string | undefined {
  const room = nodeRoom(nodeCount, nodesPerCluster);
  if (room === 0) return clusterFullMessage(nodesPerCluster);
  if (selected === 0) return 'Select the instances to be added.';
  if (mode === 'manual' && selected !== 1)
    return 'You can only select one ECS instance at a time when adding it manually.';
  if (selected > room) return `A cluster can contain up to ${nodesPerCluster} nodes: select at most ${room}.`;
  return undefined;
}

/** The titles of the wizard's steps in each mode. */
export function attachStepTitles(mode: AttachMode): string[] {
  return mode === 'automatic'
    ? ['Select Instances', 'Set Instance Information', 'Finish']
    : ['Select Instance', 'Confirm Instance Information', 'Execute Command'];
}

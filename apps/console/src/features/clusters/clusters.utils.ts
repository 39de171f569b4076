import {
  CLUSTER_PHASES,
  clusterActionProblem,
  clusterFullMessage,
  defaultRootDomain as rootDomainOf,
  findRegion,
  nodeRoom,
} from '@cs/domain';
import type { ClusterAction, ClusterPhase } from '@cs/domain';
import type { ClusterDto } from '@cs/contracts';

/** The Cluster Type column: every cluster of this service is one. */
export const CLUSTER_TYPE = 'Alibaba Cloud Cluster';

/** The region's name as the guide writes it ("China East 1 (Hangzhou)"), or its id if unknown. */
export function regionName(regionId: string): string {
  return findRegion(regionId)?.name ?? regionId;
}

/** The Network Type column: "Classic network", or "VPC" and the VPC's id. */
export function networkTypeLabel(spec: Pick<ClusterDto['spec'], 'networkType' | 'vpc'>): {
  label: string;
  vpcId?: string;
} {
  if (spec.networkType === 'classic') return { label: 'Classic network' };
  return spec.vpc ? { label: 'VPC', vpcId: spec.vpc.vpcId } : { label: 'VPC' };
}

export type PhaseColor = 'default' | 'processing' | 'success' | 'error' | 'warning' | 'geekblue' | 'purple' | 'volcano';

interface PhaseLook {
  color: PhaseColor;
  /** The cluster is working towards another phase: the tag spins. */
  busy: boolean;
}

const PHASE_LOOKS: Record<ClusterPhase, PhaseLook> = {
  Inactive: { color: 'default', busy: false },
  Initial: { color: 'processing', busy: true },
  Running: { color: 'success', busy: false },
  Updating: { color: 'geekblue', busy: true },
  Scaling: { color: 'purple', busy: true },
  Failed: { color: 'error', busy: false },
  Deleting: { color: 'warning', busy: true },
  DeleteFailed: { color: 'volcano', busy: false },
  Deleted: { color: 'default', busy: false },
};

/** How the Cluster Status tag looks in each phase: one colour per phase, spinning while busy. */
export function clusterPhaseLook(phase: ClusterPhase): PhaseLook {
  return PHASE_LOOKS[phase];
}

/** A failed snapshot before a Docker upgrade waits for the operator: Continue or Quit. */
export function snapshotFailed(cluster: Pick<ClusterDto, 'status'>): boolean {
  return cluster.status.conditions.some((c) => c.type === 'SnapshotFailed' && c.status === 'True');
}

/**
 * What the Cluster Status tag explains on hover: why a cluster failed, that an Inactive one waits
 * for nodes, or what a busy cluster is doing now (node removals, or the message of its latest
 * condition); undefined when there is nothing to add.
 */
export function clusterStatusDetail(cluster: Pick<ClusterDto, 'spec' | 'status'>): string | undefined {
  const { status } = cluster;
  if (status.phase === 'Failed' || status.phase === 'DeleteFailed') {
    return (
      status.reason ?? (status.phase === 'Failed' ? 'Applying for the cloud resources failed.' : 'Deletion failed.')
    );
  }
  if (snapshotFailed(cluster)) {
    return 'Taking snapshots failed: open Upgrade Docker to Continue the upgrade or Quit it.';
  }
  if (status.phase === 'Inactive') return 'The cluster is waiting to add nodes.';
  if (status.phase === 'Scaling' && !cluster.spec.operation) return 'Nodes are being removed from the cluster.';
  if (!clusterPhaseLook(status.phase).busy) return undefined;
  const latest = [...status.conditions].sort((a, b) => b.lastTransitionTime.localeCompare(a.lastTransitionTime))[0];
  return latest?.message;
}

/** The actions of a cluster row and the Basic Information page that depend on the cluster's phase. */
export type ClusterOperation =
  'delete' | 'expand' | 'attach' | 'upgrade-agent' | 'upgrade-docker' | 'upgrade-system-services' | 'clear-disk';

export const OPERATION_LABELS: Record<ClusterOperation, string> = {
  delete: 'Delete',
  expand: 'Expand',
  attach: 'Add Existing Instances',
  'upgrade-agent': 'Upgrade Agent',
  'upgrade-docker': 'Upgrade Docker',
  'upgrade-system-services': 'Upgrade System Service',
  'clear-disk': 'Clear Disk',
};

/** The entries of the More menu, in the console's order. */
export const MORE_OPERATIONS: readonly ClusterOperation[] = [
  'expand',
  'attach',
  'upgrade-agent',
  'upgrade-docker',
  'upgrade-system-services',
  'clear-disk',
];

const DOMAIN_ACTION: Record<ClusterOperation, ClusterAction> = {
  delete: 'delete',
  expand: 'expand',
  attach: 'attach',
  'upgrade-agent': 'upgrade',
  'upgrade-docker': 'upgrade',
  'upgrade-system-services': 'upgrade',
  'clear-disk': 'clear-disk',
};

const VISIBLE_PHASES = CLUSTER_PHASES.filter((p) => p !== 'Deleted');

/** The phases in which the domain allows an action, for a sentence: "Inactive or Running". */
export function allowedPhases(action: ClusterAction): string {
  const phases = VISIBLE_PHASES.filter((p) => clusterActionProblem(p, action) === undefined);
  return phases.length > 1 ? `${phases.slice(0, -1).join(', ')} or ${phases.at(-1)}` : (phases[0] ?? 'never');
}

/**
 * Why an operation cannot be done on the cluster now, in a sentence for its tooltip; undefined when
 * it can. The phase and room rules are the domain's, so the console disables what the BFF would
 * refuse; a cluster of `nodesPerCluster` nodes is full.
 */
export function clusterOperationProblem(
  cluster: Pick<ClusterDto, 'status'>,
  operation: ClusterOperation,
  nodesPerCluster: number,
): string | undefined {
  const { phase, nodeCount } = cluster.status;
  const label = OPERATION_LABELS[operation];
  // Continue or Quit after a failed snapshot happen in the Upgrade Docker dialog.
  if (operation === 'upgrade-docker' && snapshotFailed(cluster)) return undefined;
  const action = DOMAIN_ACTION[operation];
  if (clusterActionProblem(phase, action)) {
    return `${label} is possible when the cluster is ${allowedPhases(action)}; it is ${phase}.`;
  }
  if ((operation === 'expand' || operation === 'attach') && nodeRoom(nodeCount, nodesPerCluster) === 0) {
    return clusterFullMessage(nodesPerCluster);
  }
  return undefined;
}

/** What the Expand dialog says about room for nodes under the quota: how many more fit, or that the cluster is full. */
export function expansionRoom(
  cluster: Pick<ClusterDto, 'metadata' | 'status'>,
  nodesPerCluster: number,
): { room: number; note: string } {
  const { nodeCount } = cluster.status;
  const room = nodeRoom(nodeCount, nodesPerCluster);
  const note =
    room === 0
      ? `${clusterFullMessage(nodesPerCluster)} No more nodes can be added.`
      : `A cluster can contain up to ${nodesPerCluster} nodes; ${cluster.metadata.name} has ${nodeCount}, so up to ${room} more can be added.`;
  return { room, note };
}

/** The default root of service domain names: `<cluster id>.<region id>.alicontainer.com`. */
export function defaultRootDomain(cluster: Pick<ClusterDto, 'metadata' | 'spec'>): string {
  return rootDomainOf({ id: cluster.metadata.id, region: cluster.spec.region });
}

/** What the cluster's operation in progress is doing, in a sentence. */
export function operationDescription(operation: NonNullable<ClusterDto['spec']['operation']>): string {
  switch (operation.kind) {
    case 'expand':
      return `Expanding the cluster by ${operation.quantity} Pay-As-You-Go instance(s) of ${operation.instanceType} in ${operation.zone}.`;
    case 'attach':
      return operation.mode === 'automatic'
        ? `Adding ${operation.instanceIds.join(', ')} automatically: resetting the image and system disk.`
        : `Adding ${operation.instanceIds.join(', ')} manually: waiting for the command to run on the instance.`;
    case 'upgrade-agent':
      return `Upgrading the Agent${operation.migrateContainers ? ', migrating containers' : ''}.`;
    case 'upgrade-docker':
      return operation.mode === 'snapshot'
        ? 'Taking snapshots of the nodes, then upgrading the Docker Engine.'
        : 'Upgrading the Docker Engine.';
    case 'upgrade-system-services':
      return `Upgrading the system services ${operation.services.join(', ')}.`;
    case 'clear-disk':
      return 'Clearing the disks of the nodes.';
  }
}

import type { OperatingSystem } from './instance-types.ts';
import type { ClusterOperation } from './cluster-operations.ts';
import type { SecurityGroupRule } from './network.ts';
import type { Resource, ResourceStatus } from './resource.ts';

/** The guide's cluster lifecycle, in its words. Deleted clusters are invisible to users. */
export const CLUSTER_PHASES = [
  'Inactive',
  'Initial',
  'Running',
  'Updating',
  'Scaling',
  'Failed',
  'Deleting',
  'DeleteFailed',
  'Deleted',
] as const;
export type ClusterPhase = (typeof CLUSTER_PHASES)[number];

/** How many clusters an account may have and nodes each may hold (QUOTA_CLUSTERS, QUOTA_NODES_PER_CLUSTER). */
export interface Quotas {
  clusters: number;
  nodesPerCluster: number;
}

/** The guide's quotas: "You can create up to 5 clusters and can add up to 20 nodes in each cluster." */
export const DEFAULT_QUOTAS: Quotas = { clusters: 5, nodesPerCluster: 20 };

/** The most QUOTA_NODES_PER_CLUSTER may be: the bound of every request's node count, whatever the quota. */
export const MAX_QUOTA_NODES_PER_CLUSTER = 5_000;

/** The guide's sentence about the account's quotas, with the configured numbers. */
export function quotaMessage(quotas: Quotas): string {
  return `You can create up to ${quotas.clusters} clusters and can add up to ${quotas.nodesPerCluster} nodes in each cluster.`;
}

/** The guide's limit on Instance Quantity when creating a cluster, with the configured number. */
export function clusterSizeMessage(nodesPerCluster: number): string {
  return `Each cluster can contain up to ${nodesPerCluster} ECS instances.`;
}

/** Said when a cluster already has the most nodes it can contain (`nodesPerCluster`). */
export function clusterFullMessage(nodesPerCluster: number): string {
  return `A cluster can contain up to ${nodesPerCluster} nodes; this one is full.`;
}

/** How many more nodes a cluster with `nodeCount` nodes can take (0 when it is full). */
export function nodeRoom(nodeCount: number, nodesPerCluster: number): number {
  return Math.max(0, nodesPerCluster - nodeCount);
}

/** Why `adding` more nodes do not fit in a cluster of `nodeCount`, or undefined when they do. */
export function nodeRoomProblem(nodeCount: number, adding: number, nodesPerCluster: number): string | undefined {
  const room = nodeRoom(nodeCount, nodesPerCluster);
  if (adding <= room) return undefined;
  if (room === 0) return clusterFullMessage(nodesPerCluster);
  return `A cluster can contain up to ${nodesPerCluster} nodes; this one has ${nodeCount}, so at most ${room} more can be added.`;
}

export const CLUSTER_NAME_RULE =
  'The cluster name should be 1-64 characters long, and can contain numbers, Chinese characters, English letters and hyphens.';

const CLUSTER_NAME = /^[\p{Script=Han}A-Za-z0-9-]{1,64}$/u;

/** True when the name follows the guide's rule (uniqueness per region is checked by the store). */
export function isValidClusterName(name: string): boolean {
  return CLUSTER_NAME.test(name);
}

export type NetworkType = 'classic' | 'vpc';

export interface ClusterVpc {
  vpcId: string;
  vswitchId: string;
  containerCidr: string;
}

export type DiskType = 'cloud_efficiency' | 'cloud_ssd';

export interface ClusterNodeTemplate {
  quantity: number;
  instanceType: string;
  operatingSystem: OperatingSystem;
  systemDiskType: DiskType;
  dataDisk: { type: DiskType; sizeGiB: number } | null;
  eip: boolean;
  cloudMonitorPlugin: boolean;
  addToRdsWhitelist: boolean;
}

export interface ClusterSpec {
  region: string;
  zone: string;
  networkType: NetworkType;
  vpc: ClusterVpc | null;
  /** null when the operator chose "Do not Add": the cluster waits Inactive for nodes. */
  nodes: ClusterNodeTemplate | null;
  createSlb: boolean;
  /** Set when the operator asked to delete the cluster. */
  deletion: ClusterDeletion | null;
  /** Replaces `<cluster id>.<region>.alicontainer.com` in service domain names. */
  rootDomain: string | null;
  /** The SLB bound in Load Balancer Settings, in place of the one created with the cluster. */
  boundSlbId: string | null;
  /** The expansion, attachment, upgrade or clean-up in progress. */
  operation: ClusterOperation | null;
}

export interface ClusterDeletion {
  keepSlb: boolean;
}

export const SYSTEM_SERVICES = ['acsrouting', 'acslogging', 'acsmonitoring', 'acsvolumedriver'] as const;
export type SystemService = (typeof SYSTEM_SERVICES)[number];

/** What the simulated cloud made for the cluster, known once provisioning got that far. */
export interface ClusterResources {
  securityGroupId: string | null;
  securityGroupRules: SecurityGroupRule[];
  /** The Server Load Balancer created with the cluster (Pay-As-You-Go), or bound later. */
  slbId: string | null;
}

export interface ClusterStatus extends ResourceStatus<ClusterPhase> {
  resources: ClusterResources;
  dockerVersion: string;
  agentVersion: string;
  systemServices: Record<SystemService, string>;
  /** Why the cluster is Failed or DeleteFailed, in words an operator can act on. */
  reason: string | null;
  /** When More > Update RAM Authorization Information last succeeded (node auto scaling needs it). */
  ramAuthorizedAt?: string | null;
}

export type Cluster = Resource<ClusterSpec, ClusterStatus>;

export type ClusterAction = 'delete' | 'expand' | 'attach' | 'upgrade' | 'clear-disk' | 'manage-nodes';

const ALLOWED_PHASES: Record<ClusterAction, readonly ClusterPhase[]> = {
  delete: ['Inactive', 'Running', 'Failed', 'DeleteFailed'],
  expand: ['Inactive', 'Running'],
  attach: ['Inactive', 'Running'],
  upgrade: ['Running'],
  'clear-disk': ['Running'],
  'manage-nodes': ['Running', 'Inactive'],
};

/** Why an action cannot run on a cluster in its current phase, or undefined when it can. */
export function clusterActionProblem(phase: ClusterPhase, action: ClusterAction): string | undefined {
  if (ALLOWED_PHASES[action].includes(phase)) return undefined;
  return `The cluster is ${phase}; ${action} is only possible when it is ${ALLOWED_PHASES[action].join(', ')}.`;
}

import type { OperatingSystem } from './instance-types.ts';
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

export const MAX_CLUSTERS = 5;
export const MAX_NODES_PER_CLUSTER = 20;
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

export interface ClusterNodeTemplate {
  quantity: number;
  instanceType: string;
  operatingSystem: OperatingSystem;
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
}

export interface ClusterDeletion {
  keepSlb: boolean;
}

export interface ClusterStatus extends ResourceStatus<ClusterPhase> {
  nodeCount: number;
  dockerVersion: string;
  agentVersion: string;
  /** Why the cluster is Failed or DeleteFailed, in words an operator can act on. */
  reason: string | null;
}

export type Cluster = Resource<ClusterSpec, ClusterStatus>;

export type ClusterAction = 'delete' | 'expand' | 'attach' | 'upgrade';

const ALLOWED_PHASES: Record<ClusterAction, readonly ClusterPhase[]> = {
  delete: ['Inactive', 'Running', 'Failed', 'DeleteFailed'],
  expand: ['Running'],
  attach: ['Inactive', 'Running'],
  upgrade: ['Running'],
};

/** Why an action cannot run on a cluster in its current phase, or undefined when it can. */
export function clusterActionProblem(phase: ClusterPhase, action: ClusterAction): string | undefined {
  if (ALLOWED_PHASES[action].includes(phase)) return undefined;
  return `The cluster is ${phase}; ${action} is only possible when it is ${ALLOWED_PHASES[action].join(', ')}.`;
}

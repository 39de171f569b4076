import type { OperatingSystem } from './instance-types.ts';
import type { Resource, ResourceStatus } from './resource.ts';

/** A node's status words; the guide's node list shows "Normal" for a healthy node. */
export const NODE_PHASES = ['Initial', 'Normal', 'Offline', 'Removing', 'Resetting', 'Failed'] as const;
export type NodePhase = (typeof NODE_PHASES)[number];

export type ChargeType = 'PayAsYouGo' | 'Subscription';
/** How the node came into the cluster. */
export type NodeOrigin = 'created' | 'expanded' | 'attached-automatically' | 'attached-manually';

/** A remove or reset the operator asked for, carried out by the simulator. */
export interface NodeOperation {
  kind: 'remove' | 'reset';
  migrateContainers: boolean;
}

export interface NodeSpec {
  clusterId: string;
  region: string;
  instanceId: string;
  /** 1-based position in the cluster: `constraint:aliyun.node_index==1` means node1. */
  index: number;
  zone: string;
  instanceType: string;
  operatingSystem: OperatingSystem;
  chargeType: ChargeType;
  origin: NodeOrigin;
  /** User tags (`group:1`), matched by `constraint:group==1`. */
  tags: Record<string, string>;
  operation: NodeOperation | null;
  /** Added by node auto scaling's expansion: node contraction may remove it. */
  autoScaled?: boolean;
}

export interface NodeStatus extends ResourceStatus<NodePhase> {
  privateIp: string;
  publicIp: string | null;
  dockerVersion: string;
  agentVersion: string;
  reason: string | null;
}

export type Node = Resource<NodeSpec, NodeStatus>;

/** The instance name the guide shows for a node: "<cluster id>-node<index>". */
export function nodeInstanceName(clusterId: string, index: number): string {
  return `${clusterId}-node${index}`;
}

export type ClusterNodeHealth = 'Healthy' | 'Unhealthy' | 'No node status';

/** The Cluster List's Node Status column, from the phases of the cluster's nodes. */
export function clusterNodeHealth(phases: readonly NodePhase[]): ClusterNodeHealth {
  if (phases.length === 0) return 'No node status';
  return phases.every((p) => p === 'Normal') ? 'Healthy' : 'Unhealthy';
}

const TAG_KEY = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;
const TAG_VALUE = /^[A-Za-z0-9._-]{1,128}$/;
const RESERVED_TAG_PREFIX = 'aliyun.';

/** Why a user tag cannot be used, or undefined when it can; keys and values end up in constraint expressions. */
export function userTagProblem(key: string, value: string): { field: 'key' | 'value'; message: string } | undefined {
  if (!TAG_KEY.test(key)) {
    return {
      field: 'key',
      message:
        'The tag key should be 1-63 characters: letters, digits, periods, hyphens and underscores, starting with a letter or digit.',
    };
  }
  // The guide asks for this one on manually added nodes that node contraction may remove.
  if (key.startsWith(RESERVED_TAG_PREFIX) && key !== 'aliyun.reschedule')
    return { field: 'key', message: 'Tag keys starting with aliyun. are reserved.' };
  if (!TAG_VALUE.test(value)) {
    return {
      field: 'value',
      message: 'The tag value should be 1-128 characters: letters, digits, periods, hyphens and underscores.',
    };
  }
  return undefined;
}

import type { Affinity, Availability, Constraint, ReschedulePolicy } from '@cs/domain';

/** A node as the scheduler sees it. */
export interface SchedulableNode {
  id: string;
  /** Shown in messages: `node${index}`. */
  name: string;
  /** `aliyun.node_index` (1-based). */
  index: number;
  zone: string;
  /** User tags: `constraint:group==1` matches `tags.group === '1'`. */
  tags: Readonly<Record<string, string>>;
  /** Capacity: 100 per core (a 4-core node: 400). */
  cpuShares: number;
  memoryBytes: number;
  /** False unless the node is Normal: Offline, Removing and down nodes get nothing. */
  schedulable: boolean;
  /** The node's status word, only for messages ("node1 is Offline"). */
  phase?: string;
  /** How many containers its container-network segment can address in total. */
  addressCapacity: number;
}

export interface HostPort {
  protocol: 'tcp' | 'udp';
  port: number;
}

/** A container already placed: what the scheduler must account for. */
export interface PlacedContainer {
  id: string;
  nodeId: string;
  /** Names; `affinity:service` refers to a service of the same application. */
  application: string;
  service: string;
  /** As written: 'registry.aliyuncs.com/acs-sample/redis:3.0' or 'redis'. */
  image: string;
  /** Reservations, 0 when the service set none. */
  cpuShares: number;
  memoryBytes: number;
  /** Host ports it holds on its node. */
  hostPorts: readonly HostPort[];
  /** 'host': shares the node's network, so it takes no container-network address. */
  networkMode?: string;
}

/** The rules of one service, whatever is being placed. */
export interface PlacementRules {
  application: string;
  service: string;
  image: string;
  cpuShares?: number;
  memoryBytes?: number;
  /** Fixed host ports every container needs ("80:80" → tcp/80; ranges expanded by the caller). */
  hostPorts: readonly HostPort[];
  /** 'host': container ports are host ports (the caller puts them in hostPorts); one container of the service per node. */
  networkMode?: string;
  constraints: readonly Constraint[];
  affinities: readonly Affinity[];
  availability?: Availability;
}

/** What one service asks for. */
export interface PlacementRequest extends PlacementRules {
  /** Containers to add (ignored when global). */
  count: number;
  /** One container on every eligible node that has none of this service. */
  global: boolean;
  /** Nodes to leave out (the node being removed or reset, a failed node). */
  excludeNodes?: readonly string[];
}

export type PlacementResult =
  /** One node id per new container, in order; warnings: soft rules that could not be honoured. */
  | { ok: true; nodeIds: string[]; warnings: string[] }
  /** rule: the expression or resource that failed ('availability:az==3', 'cpu_shares', 'host port tcp/80', …). */
  | { ok: false; rule: string; message: string };

/** A service as rescheduling and migration need it: its rules, whether it is global, its policy. */
export interface ServiceRules extends PlacementRules {
  global: boolean;
  reschedule?: ReschedulePolicy;
}

/** One container to move: the engine creates it on `toNodeId` and removes it from `fromNodeId`. */
export interface ContainerMove {
  containerId: string;
  fromNodeId: string;
  toNodeId: string;
}

/** A container left where it is (or lost with its node), and why. */
export interface ContainerLeft {
  containerId: string;
  nodeId: string;
  reason: string;
}

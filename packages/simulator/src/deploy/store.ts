import type {
  Application,
  Cluster,
  Container,
  ContainerCounts,
  ContainerSpec,
  ContainerStatus,
  Fault,
  NewEvent,
  Node,
  ResourceKind,
  Service,
} from '@cs/domain';
import type { AnyResource, ResourceCreation, ResourceRemoval, ResourceUpdate } from '../transition.ts';

/** A container the engine brings into being; the store gives it its version. */
export interface ContainerCreation {
  id: string;
  name: string;
  spec: ContainerSpec;
  status: ContainerStatus;
}

/**
 * The engine owns every column of a container but its desired state (the operator's Stop, Start
 * or Delete), so its container writes need no version check: nobody else writes those columns.
 */
export interface ContainerWrite {
  id: string;
  spec: ContainerSpec;
  status: ContainerStatus;
}

/**
 * Writes that belong together. A unit touching other resources is written only if each of them
 * is still at the version it names; container writes and events go with their unit.
 */
export interface WorkUnit {
  containerCreates?: ContainerCreation[];
  containerUpdates?: ContainerWrite[];
  containerRemoves?: string[];
  creates?: ResourceCreation[];
  updates?: ResourceUpdate[];
  removes?: ResourceRemoval[];
  events?: NewEvent[];
}

/** The Container Status of a service, application or node ("Ready:3 Stop:0"), as the engine counts it. */
export interface OwnerCounts extends ContainerCounts {
  ownerId: string;
}

export interface BatchOutcome {
  /** The new resourceVersion of each container and resource written, by `kind/id`. */
  versions: Map<string, number>;
  /** Indexes of the units not written: a resource they name moved on, or a name was taken. */
  rejected: Set<number>;
}

/** What the deploy engine reads at start-up. */
export interface WorkloadSnapshot {
  clusters: Cluster[];
  nodes: Node[];
  applications: Application[];
  services: Service[];
  faults: Fault[];
  images: AnyResource[];
  /** Every container, a chunk at a time. */
  containers(): AsyncIterable<Container[]>;
}

/** The store as the deploy engine uses it; the BFF implements it over SQLite or PostgreSQL. */
export interface WorkloadStore {
  snapshot(): Promise<WorkloadSnapshot>;
  /** One resource as stored now (containers included), after a change the engine did not make. */
  find(kind: ResourceKind, id: string): Promise<AnyResource | undefined>;
  /** Writes many units in one transaction (the simulator's batched writes), and the counts they changed. */
  applyBatch(units: readonly WorkUnit[], counts?: readonly OwnerCounts[]): Promise<BatchOutcome>;
}

export const versionKey = (kind: ResourceKind, id: string) => `${kind}/${id}`;

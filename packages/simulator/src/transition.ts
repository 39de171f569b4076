import type { NewEvent, Resource, ResourceKind, ResourceStatus } from '@cs/domain';
import type { Random } from './random.ts';

export type AnyResource = Resource<unknown, ResourceStatus>;

/** A resource a transition brings into being, in the same transaction as its own write. */
export interface ResourceCreation {
  kind: ResourceKind;
  id: string;
  name: string;
  /** Where the name must be unique (a node's cluster, an instance's region). */
  scope: string;
  spec: unknown;
  status: ResourceStatus;
  /** The indexed cluster and category of kinds lists filter by them (applications, services). */
  clusterId?: string;
  category?: string;
}

/** A write to another resource, refused if that resource moved past `expectedVersion`. */
export interface ResourceUpdate {
  kind: ResourceKind;
  id: string;
  expectedVersion: number;
  spec?: unknown;
  status?: ResourceStatus;
}

/** An update of `resource` at the version it was read. */
export function updateOf<R extends AnyResource>(
  kind: ResourceKind,
  resource: R,
  patch: { spec?: R['spec']; status?: R['status'] },
): ResourceUpdate {
  return { kind, id: resource.metadata.id, expectedVersion: resource.metadata.resourceVersion, ...patch };
}

export interface ResourceRemoval {
  kind: ResourceKind;
  id: string;
  expectedVersion: number;
}

/** Everything one transition writes, applied atomically: all of it or none. */
export interface Changeset {
  creates?: ResourceCreation[];
  updates?: ResourceUpdate[];
  removes?: ResourceRemoval[];
  events: NewEvent[];
}

/** What a transition hands back: the resource's next spec/status, or its removal, and other writes. */
export interface TransitionResult<R extends AnyResource> extends Omit<Changeset, 'events'> {
  status?: R['status'];
  spec?: R['spec'];
  remove?: boolean;
  events: NewEvent[];
}

/** Resources of a kind in a scope, loaded before a transition runs (a cluster's nodes). */
export interface RelatedQuery {
  kind: ResourceKind;
  scope: string;
}

export type RelatedResources = Partial<Record<ResourceKind, readonly AnyResource[]>>;

export interface TransitionContext {
  /** Simulated time the transition fires at, in epoch milliseconds. */
  now: number;
  /** Seeded per resource and step, so a replay draws the same numbers. */
  random: Random;
  /** What `ControllerDefinition.related` asked for, by kind, as stored when the transition fired. */
  related: RelatedResources;
}

/**
 * One step of a resource's life, as data (kwok's model): when it applies, how long it takes
 * counted from `since`, and the pure function computing what comes next.
 */
export interface Transition<R extends AnyResource> {
  name: string;
  when(resource: R): boolean;
  delayMs: number;
  jitterMs: number;
  next(resource: R, context: TransitionContext): TransitionResult<R>;
}

export interface ControllerDefinition<R extends AnyResource> {
  kind: ResourceKind;
  transitions: readonly Transition<R>[];
  /** The moment the resource's current step began; delays count from it, so a restart keeps the schedule. */
  since(resource: R): number;
  /** Other resources its transitions read. */
  related?(resource: R): RelatedQuery[];
}

/** The reads and writes a controller makes; the BFF's store implements it with optimistic concurrency. */
export interface SimulatorStore {
  listInScope(kind: ResourceKind, scope: string): Promise<AnyResource[]>;
  applyChanges(changes: Changeset): Promise<void>;
}

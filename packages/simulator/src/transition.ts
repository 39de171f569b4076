import type { NewEvent, Resource, ResourceKind, ResourceStatus } from '@cs/domain';
import type { Random } from './random.ts';

export type AnyResource = Resource<unknown, ResourceStatus>;

/** What a transition hands back: the next status to write, or the end of the resource. */
export type TransitionResult<R extends AnyResource> =
  { status: R['status']; events: NewEvent[] } | { remove: true; events: NewEvent[] };

export interface TransitionContext {
  /** Simulated time the transition fires at, in epoch milliseconds. */
  now: number;
  /** Seeded per resource and step, so a replay draws the same numbers. */
  random: Random;
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
}

/** The writes a controller makes; the BFF's store implements it with optimistic concurrency. */
export interface SimulatorStore {
  writeStatus(
    kind: ResourceKind,
    id: string,
    expectedVersion: number,
    status: ResourceStatus,
    events: NewEvent[],
  ): Promise<void>;
  remove(kind: ResourceKind, id: string, expectedVersion: number, events: NewEvent[]): Promise<void>;
}

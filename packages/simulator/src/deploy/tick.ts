import type { Application, Cluster, Container, Fault, NewEvent, Node, ResourceKind, Service } from '@cs/domain';
import type { ResourceCreation, ResourceRemoval, ResourceUpdate } from '../transition.ts';
import type { ContainerCreation, WorkUnit } from './store.ts';
import { versionKey } from './store.ts';
import type { World } from './world.ts';

type Tracked = { kind: ResourceKind; id: string };

/** A resource of a kind the engine writes. */
export type AnyWorkload = Cluster | Application | Service | Node | Fault | Container;

/**
 * The writes of one engine tick: units for one batch, applied to the world at once (so later
 * plans in the tick see earlier ones) and remembered, so a unit the store refuses is undone by
 * reading its resources back.
 */
export class Tick {
  readonly units: WorkUnit[] = [];
  private readonly touchedByUnit: Tracked[][] = [];
  private readonly touched = new Set<string>();
  /** Keys to look at again once the batch is written. */
  readonly followUps = new Set<string>();

  constructor(
    private readonly world: World,
    private readonly now: number,
  ) {}

  /** True when something earlier in this tick already wrote the resource: its next step waits a tick. */
  busy(kind: ResourceKind, id: string): boolean {
    return this.touched.has(versionKey(kind, id));
  }

  /** Starts a unit; the returned builder records writes into it and onto the world. */
  unit(): UnitBuilder {
    const unit: WorkUnit = {};
    const tracked: Tracked[] = [];
    this.units.push(unit);
    this.touchedByUnit.push(tracked);
    return new UnitBuilder(unit, tracked, this.world, this.touched, this.now);
  }

  /** The resources a unit wrote, for reading back after the store refused it. */
  touchedBy(index: number): readonly Tracked[] {
    return this.touchedByUnit[index] ?? [];
  }

  get written(): readonly Tracked[] {
    return this.touchedByUnit.flat();
  }
}

export class UnitBuilder {
  constructor(
    private readonly unit: WorkUnit,
    private readonly tracked: Tracked[],
    private readonly world: World,
    private readonly touched: Set<string>,
    private readonly now: number,
  ) {}

  private track(kind: ResourceKind, id: string): void {
    this.tracked.push({ kind, id });
    this.touched.add(versionKey(kind, id));
  }

  private metadata(id: string, name: string) {
    const at = new Date(this.now).toISOString();
    return { id, name, generation: 1, resourceVersion: 0, createdAt: at, updatedAt: at };
  }

  createContainer(creation: ContainerCreation): Container {
    (this.unit.containerCreates ??= []).push(creation);
    this.track('container', creation.id);
    const container: Container = {
      metadata: this.metadata(creation.id, creation.name),
      spec: creation.spec,
      status: creation.status,
    };
    this.world.putContainer(container);
    return container;
  }

  updateContainer(container: Container, status: Container['status'], spec: Container['spec'] = container.spec): void {
    (this.unit.containerUpdates ??= []).push({ id: container.metadata.id, spec, status });
    this.track('container', container.metadata.id);
    this.world.putContainer({ ...container, spec, status });
  }

  removeContainer(container: Container): void {
    (this.unit.containerRemoves ??= []).push(container.metadata.id);
    this.track('container', container.metadata.id);
    this.world.removeContainer(container.metadata.id);
  }

  /** Writes a resource's new status (or spec) at the version the world holds. */
  update<R extends AnyWorkload>(kind: ResourceKind, resource: R, patch: { spec?: R['spec']; status?: R['status'] }): R {
    const update: ResourceUpdate = {
      kind,
      id: resource.metadata.id,
      expectedVersion: resource.metadata.resourceVersion,
      ...patch,
    };
    (this.unit.updates ??= []).push(update);
    this.track(kind, resource.metadata.id);
    // The store bumps the generation when the spec changes; the world must agree, or the engine
    // would skip the new operation as one it has done.
    const specChanged = patch.spec !== undefined && JSON.stringify(patch.spec) !== JSON.stringify(resource.spec);
    const metadata = { ...resource.metadata, generation: resource.metadata.generation + (specChanged ? 1 : 0) };
    const updated = { ...resource, ...patch, metadata };
    this.world.put(kind, updated);
    return updated;
  }

  create(creation: ResourceCreation): void {
    (this.unit.creates ??= []).push(creation);
    this.track(creation.kind, creation.id);
    const { kind, id, name, spec, status } = creation;
    this.world.put(kind, { metadata: this.metadata(id, name), spec, status } as AnyWorkload);
  }

  remove(kind: ResourceKind, resource: { metadata: { id: string; resourceVersion: number } }): void {
    const removal: ResourceRemoval = {
      kind,
      id: resource.metadata.id,
      expectedVersion: resource.metadata.resourceVersion,
    };
    (this.unit.removes ??= []).push(removal);
    this.track(kind, resource.metadata.id);
    this.world.remove(kind, resource.metadata.id);
  }

  events(...events: NewEvent[]): void {
    if (events.length > 0) (this.unit.events ??= []).push(...events);
  }
}

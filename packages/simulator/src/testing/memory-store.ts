import { ConflictError, NotFoundError } from '@cs/domain';
import type { NewEvent, ResourceKind, ResourceStatus } from '@cs/domain';
import type { AnyResource, SimulatorStore } from '../transition.ts';

/** A SimulatorStore in memory that tells the simulator of each write, as the BFF's change feed does. */
export class MemoryStore implements SimulatorStore {
  readonly resources = new Map<string, AnyResource>();
  readonly events: NewEvent[] = [];
  private version = 100;
  onChange: (kind: ResourceKind, resource: AnyResource | undefined, id: string) => void = () => {};

  put(kind: ResourceKind, resource: AnyResource): AnyResource {
    const stored = { ...resource, metadata: { ...resource.metadata, resourceVersion: ++this.version } };
    this.resources.set(`${kind}/${resource.metadata.id}`, stored);
    this.onChange(kind, stored, stored.metadata.id);
    return stored;
  }

  get(kind: ResourceKind, id: string): AnyResource | undefined {
    return this.resources.get(`${kind}/${id}`);
  }

  async writeStatus(
    kind: ResourceKind,
    id: string,
    expectedVersion: number,
    status: ResourceStatus,
    events: NewEvent[],
  ) {
    const current = this.current(kind, id, expectedVersion);
    this.events.push(...events);
    this.put(kind, { ...current, status });
  }

  async remove(kind: ResourceKind, id: string, expectedVersion: number, events: NewEvent[]) {
    this.current(kind, id, expectedVersion);
    this.events.push(...events);
    this.resources.delete(`${kind}/${id}`);
    this.onChange(kind, undefined, id);
  }

  private current(kind: ResourceKind, id: string, expectedVersion: number): AnyResource {
    const current = this.get(kind, id);
    if (!current) throw new NotFoundError(kind, id);
    if (current.metadata.resourceVersion !== expectedVersion)
      throw new ConflictError(`${kind} ${id} changed meanwhile.`);
    return current;
  }
}

import { ConflictError, NotFoundError } from '@cs/domain';
import type { NewEvent, ResourceKind } from '@cs/domain';
import type { AnyResource, Changeset, SimulatorStore } from '../transition.ts';

const EPOCH = new Date(Date.UTC(2026, 0, 1)).toISOString();

/** A SimulatorStore in memory that tells the simulator of each write, as the BFF's change feed does. */
export class MemoryStore implements SimulatorStore {
  readonly resources = new Map<string, { kind: ResourceKind; scope: string; resource: AnyResource }>();
  readonly events: NewEvent[] = [];
  private version = 100;
  onChange: (kind: ResourceKind, resource: AnyResource | undefined, id: string) => void = () => {};

  put(kind: ResourceKind, resource: AnyResource, scope = ''): AnyResource {
    const stored = { ...resource, metadata: { ...resource.metadata, resourceVersion: ++this.version } };
    this.resources.set(`${kind}/${resource.metadata.id}`, { kind, scope, resource: stored });
    this.onChange(kind, stored, stored.metadata.id);
    return stored;
  }

  /** The scope a stored resource was put under. */
  scopeOf(kind: ResourceKind, id: string): string {
    return this.resources.get(`${kind}/${id}`)?.scope ?? '';
  }

  get(kind: ResourceKind, id: string): AnyResource | undefined {
    return this.resources.get(`${kind}/${id}`)?.resource;
  }

  all(kind: ResourceKind): AnyResource[] {
    return [...this.resources.values()].filter((r) => r.kind === kind).map((r) => r.resource);
  }

  async listInScope(kind: ResourceKind, scope: string): Promise<AnyResource[]> {
    return [...this.resources.values()].filter((r) => r.kind === kind && r.scope === scope).map((r) => r.resource);
  }

  async applyChanges({ creates = [], updates = [], removes = [], events }: Changeset): Promise<void> {
    for (const u of [...updates, ...removes]) this.current(u.kind, u.id, u.expectedVersion);
    this.events.push(...events);
    for (const c of creates) {
      const metadata = {
        id: c.id,
        name: c.name,
        generation: 1,
        resourceVersion: 0,
        createdAt: EPOCH,
        updatedAt: EPOCH,
      };
      this.put(c.kind, { metadata, spec: c.spec, status: c.status }, c.scope);
    }
    for (const u of updates) {
      const entry = this.resources.get(`${u.kind}/${u.id}`)!;
      const next = {
        ...entry.resource,
        spec: u.spec ?? entry.resource.spec,
        status: u.status ?? entry.resource.status,
      };
      this.put(u.kind, next, entry.scope);
    }
    for (const r of removes) {
      this.resources.delete(`${r.kind}/${r.id}`);
      this.onChange(r.kind, undefined, r.id);
    }
  }

  private current(kind: ResourceKind, id: string, expectedVersion: number): AnyResource {
    const current = this.get(kind, id);
    if (!current) throw new NotFoundError(kind, id);
    if (current.metadata.resourceVersion !== expectedVersion)
      throw new ConflictError(`${kind} ${id} changed meanwhile.`);
    return current;
  }
}

import { ConflictError, NotFoundError } from '@cs/domain';
import type { Application, Cluster, Container, Fault, Node, ResourceKind, Service } from '@cs/domain';
import type { ChangeNotice } from '../deploy/engine.ts';
import { versionKey } from '../deploy/store.ts';
import type { BatchOutcome, WorkUnit, WorkloadSnapshot, WorkloadStore } from '../deploy/store.ts';
import type { AnyResource } from '../transition.ts';
import { MemoryStore } from './memory-store.ts';

const EPOCH = new Date(Date.UTC(2026, 0, 1)).toISOString();

/**
 * The deploy engine's store in memory: resources as MemoryStore keeps them, containers beside
 * them, every write told to `onNotice` as the BFF's change feed would.
 */
export class MemoryWorkloadStore extends MemoryStore implements WorkloadStore {
  readonly containers = new Map<string, Container>();
  private counter = 10_000;
  onNotice: (notice: ChangeNotice) => void = () => {};
  batches = 0;

  constructor() {
    super();
    this.onChange = (kind, resource, id) =>
      this.notice({
        kind,
        id,
        type: resource ? 'MODIFIED' : 'DELETED',
        version: resource?.metadata.resourceVersion ?? ++this.counter,
      });
  }

  private undelivered = 0;

  /** Tells of a write after the writer has its answer, as the BFF's change feed does after a commit. */
  private notice(notice: ChangeNotice): void {
    this.undelivered++;
    setImmediate(() => {
      this.undelivered--;
      this.onNotice(notice);
    });
  }

  /** Resolves once every write so far has been told of. */
  async delivered(): Promise<void> {
    while (this.undelivered > 0) await new Promise<void>((resolve) => setImmediate(resolve));
  }

  async snapshot(): Promise<WorkloadSnapshot> {
    const containers = [...this.containers.values()];
    return {
      clusters: this.all('cluster') as Cluster[],
      nodes: this.all('node') as Node[],
      applications: this.all('application') as Application[],
      services: this.all('service') as Service[],
      faults: this.all('fault') as Fault[],
      images: this.all('image'),
      async *containers() {
        yield containers;
      },
    };
  }

  async find(kind: ResourceKind, id: string): Promise<AnyResource | undefined> {
    return kind === 'container' ? this.containers.get(id) : this.get(kind, id);
  }

  /** Sets what the operator asks of a container, as the API does. */
  setDesiredState(id: string, desiredState: Container['spec']['desiredState']): void {
    const container = this.containers.get(id);
    if (!container) throw new NotFoundError('container', id);
    this.writeContainer({ ...container, spec: { ...container.spec, desiredState } });
  }

  private writeContainer(container: Container): number {
    const version = ++this.counter;
    const stored = { ...container, metadata: { ...container.metadata, resourceVersion: version } };
    this.containers.set(container.metadata.id, stored);
    this.notice({ kind: 'container', id: container.metadata.id, type: 'MODIFIED', version });
    return version;
  }

  async applyBatch(units: readonly WorkUnit[]): Promise<BatchOutcome> {
    this.batches++;
    const versions = new Map<string, number>();
    const rejected = new Set<number>();
    units.forEach((unit, index) => {
      try {
        for (const u of [...(unit.updates ?? []), ...(unit.removes ?? [])]) {
          const current = this.get(u.kind, u.id);
          if (!current) throw new NotFoundError(u.kind, u.id);
          if (current.metadata.resourceVersion !== u.expectedVersion) throw new ConflictError('moved on');
        }
        for (const c of unit.creates ?? []) if (this.get(c.kind, c.id)) throw new ConflictError('taken');
      } catch {
        rejected.add(index);
        return;
      }
      this.events.push(...(unit.events ?? []));
      for (const c of unit.creates ?? []) {
        const metadata = {
          id: c.id,
          name: c.name,
          generation: 1,
          resourceVersion: 0,
          createdAt: EPOCH,
          updatedAt: EPOCH,
        };
        const stored = this.put(c.kind, { metadata, spec: c.spec, status: c.status }, c.scope);
        versions.set(versionKey(c.kind, c.id), stored.metadata.resourceVersion);
      }
      for (const u of unit.updates ?? []) {
        const current = this.get(u.kind, u.id)!;
        // As the BFF's store does: a new spec is a new generation.
        const specChanged = u.spec !== undefined && JSON.stringify(u.spec) !== JSON.stringify(current.spec);
        const metadata = { ...current.metadata, generation: current.metadata.generation + (specChanged ? 1 : 0) };
        const next = { ...current, metadata, spec: u.spec ?? current.spec, status: u.status ?? current.status };
        const stored = this.put(u.kind, next, this.scopeOf(u.kind, u.id));
        versions.set(versionKey(u.kind, u.id), stored.metadata.resourceVersion);
      }
      for (const r of unit.removes ?? []) {
        this.resources.delete(`${r.kind}/${r.id}`);
        this.onChange(r.kind, undefined, r.id);
      }
      for (const id of unit.containerRemoves ?? []) this.containers.delete(id);
      for (const c of unit.containerCreates ?? []) {
        const metadata = {
          id: c.id,
          name: c.name,
          generation: 1,
          resourceVersion: 0,
          createdAt: EPOCH,
          updatedAt: EPOCH,
        };
        versions.set(versionKey('container', c.id), this.writeContainer({ metadata, spec: c.spec, status: c.status }));
      }
      for (const w of unit.containerUpdates ?? []) {
        const current = this.containers.get(w.id);
        if (!current) continue;
        const spec = { ...w.spec, desiredState: current.spec.desiredState };
        versions.set(versionKey('container', w.id), this.writeContainer({ ...current, spec, status: w.status }));
      }
    });
    return { versions, rejected };
  }
}

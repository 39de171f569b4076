import { ConflictError, NotFoundError } from '@cs/domain';
import type { Clock, TimerHandle } from './clock.ts';
import { seededRandom } from './random.ts';
import type { AnyResource, ControllerDefinition, RelatedResources, SimulatorStore, Transition } from './transition.ts';

interface Pending {
  version: number;
  handle: TimerHandle;
}

export interface ControllerOptions {
  clock: Clock;
  store: SimulatorStore;
  /** Told about a write that failed; the controller retries it with backoff. */
  onError?: (error: unknown, context: { kind: string; id: string; transition: string }) => void;
  /** Mixed into every seed, so one simulated cloud differs from another. */
  seed?: string;
}

const RETRY_BASE_MS = 1_000;
const RETRY_MAX_MS = 60_000;

/**
 * Runs one controller's transitions. Level-triggered: `reconcile` may be called any number of
 * times with any version; it keeps at most one pending transition per resource and skips
 * versions it has already scheduled.
 */
export class Controller<R extends AnyResource> {
  private readonly pending = new Map<string, Pending>();
  private readonly inFlight = new Set<Promise<void>>();
  private readonly failures = new Map<string, number>();
  private stopped = false;

  constructor(
    readonly definition: ControllerDefinition<R>,
    private readonly options: ControllerOptions,
  ) {}

  /** Schedules the transition that applies to this version of the resource, if any. */
  reconcile(resource: R): void {
    if (this.stopped) return;
    const { id, resourceVersion } = resource.metadata;
    const current = this.pending.get(id);
    if (current && current.version >= resourceVersion) return;
    if (current) this.options.clock.clearTimeout(current.handle);
    this.pending.delete(id);

    const transition = this.definition.transitions.find((t) => t.when(resource));
    if (!transition) return;
    const delay = Math.max(0, this.dueAt(resource, transition) - this.options.clock.now(), this.retryDelay(id));
    const handle = this.options.clock.setTimeout(() => this.fire(resource, transition), delay);
    this.pending.set(id, { version: resourceVersion, handle });
  }

  /** Drops whatever is pending for a resource that no longer exists. */
  forget(id: string): void {
    const current = this.pending.get(id);
    if (current) this.options.clock.clearTimeout(current.handle);
    this.pending.delete(id);
    this.failures.delete(id);
  }

  /** Resolves once every transition that has fired has finished writing. */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all([...this.inFlight]);
  }

  stop(): void {
    this.stopped = true;
    for (const { handle } of this.pending.values()) this.options.clock.clearTimeout(handle);
    this.pending.clear();
  }

  get pendingCount(): number {
    return this.pending.size;
  }

  private dueAt(resource: R, transition: Transition<R>): number {
    const since = this.definition.since(resource);
    const jitter = Math.round(this.random(resource, transition, since).next() * transition.jitterMs);
    return since + transition.delayMs + jitter;
  }

  private random(resource: R, transition: Transition<R>, since: number) {
    return seededRandom(`${this.options.seed ?? ''}:${resource.metadata.id}:${transition.name}:${since}`);
  }

  private retryDelay(id: string): number {
    const failures = this.failures.get(id) ?? 0;
    return failures === 0 ? 0 : Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** (failures - 1));
  }

  private fire(resource: R, transition: Transition<R>): void {
    const { id, resourceVersion } = resource.metadata;
    if (this.pending.get(id)?.version === resourceVersion) this.pending.delete(id);
    const work = this.apply(resource, transition).finally(() => this.inFlight.delete(work));
    this.inFlight.add(work);
  }

  private async apply(resource: R, transition: Transition<R>): Promise<void> {
    const { kind } = this.definition;
    const { id, resourceVersion } = resource.metadata;
    const now = this.options.clock.now();
    const random = this.random(resource, transition, this.definition.since(resource));
    try {
      const queries = this.definition.related?.(resource) ?? [];
      const related: RelatedResources = {};
      for (const q of queries)
        related[q.kind] = [...(related[q.kind] ?? []), ...(await this.options.store.listInScope(q.kind, q.scope))];
      const {
        status,
        spec,
        remove,
        creates,
        updates = [],
        removes = [],
        events,
      } = transition.next(resource, { now, random, related });
      const own = { kind, id, expectedVersion: resourceVersion };
      await this.options.store.applyChanges({
        creates,
        updates: remove ? updates : [{ ...own, status, spec }, ...updates],
        removes: remove ? [own, ...removes] : removes,
        events,
      });
      this.failures.delete(id);
    } catch (error) {
      if (error instanceof NotFoundError && error.id === id) return this.forget(id);
      this.failures.set(id, (this.failures.get(id) ?? 0) + 1);
      // A conflict means someone wrote first: retry after a backoff; if it was this resource that
      // moved, its newer version reaches `reconcile` through the change feed and replaces the retry.
      if (!(error instanceof ConflictError)) this.options.onError?.(error, { kind, id, transition: transition.name });
      if (!this.pending.has(id) && !this.stopped) this.reconcile(resource);
    }
  }
}

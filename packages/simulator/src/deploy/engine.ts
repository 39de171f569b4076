import type { ChangeType, Fault, ResourceKind } from '@cs/domain';
import type { AnyResource } from '../transition.ts';
import type { Clock, TimerHandle } from '../clock.ts';
import { planApplication } from './application-plan.ts';
import { reconcileCluster } from './cluster-work.ts';
import { ContainerFactory } from './container-factory.ts';
import { containerDueAt, stepContainer } from './container-work.ts';
import { DueQueue } from './due-queue.ts';
import { reconcileNode } from './node-work.ts';
import { reconcileService } from './service-work.ts';
import type { WorkloadStore } from './store.ts';
import { versionKey } from './store.ts';
import { Tick } from './tick.ts';
import { randomFor, workKey } from './work-context.ts';
import type { EngineSettings, WorkContext } from './work-context.ts';
import { World } from './world.ts';

/** A committed change, as the change feed hands it over. */
export interface ChangeNotice {
  kind: ResourceKind;
  id: string;
  type: ChangeType;
  /** The change's id: the resourceVersion it gave the resource. */
  version: number;
}

export interface DeployEngineOptions extends EngineSettings {
  clock: Clock;
  /** At most this many queued keys per tick, so one tick (one batch) stays short. */
  batchLimit?: number;
  onError?: (error: unknown) => void;
}

const RETRY_MS = 1_000;

/** The kinds whose changes the engine follows. */
const FOLLOWED: ReadonlySet<ResourceKind> = new Set([
  'cluster',
  'node',
  'application',
  'service',
  'container',
  'fault',
  'image',
]);

/**
 * The deploy engine (ADR 012): applications, services and containers of the simulated cloud. It
 * holds the world in memory on the replica that runs the simulator, keeps one queue of due work
 * (container steps from the lifecycle table, services to reconcile, nodes and clusters to look
 * after) and carries out everything due in ticks, each tick one batched write. Level-triggered:
 * all it needs to resume after a restart is in the store.
 */
export class DeployEngine {
  private readonly world: World;
  private readonly queue = new DueQueue();
  private readonly notices = new Map<string, ChangeNotice>();
  private timer: { handle: TimerHandle; at: number } | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;

  constructor(
    private readonly store: WorkloadStore,
    private readonly options: DeployEngineOptions,
  ) {
    this.world = new World(options.maxNodesPerCluster);
  }

  /** Loads everything and queues what is in progress. */
  async start(): Promise<void> {
    const snapshot = await this.store.snapshot();
    const { world } = this;
    snapshot.clusters.forEach((c) => world.putCluster(c));
    snapshot.nodes.forEach((n) => world.putNode(n));
    snapshot.applications.forEach((a) => world.putApplication(a));
    snapshot.services.forEach((s) => world.putService(s));
    snapshot.faults.forEach((f) => world.put('fault', f));
    snapshot.images.forEach((i) => world.put('image', i));
    const now = this.options.clock.now();
    for await (const chunk of snapshot.containers()) {
      for (const container of chunk) {
        world.putContainer(container);
        this.scheduleContainer(container.metadata.id, now);
      }
    }
    for (const id of world.clusters.keys()) this.queue.schedule(workKey.cluster(id), now);
    for (const id of world.nodes.keys()) this.queue.schedule(workKey.node(id), now);
    for (const id of world.services.keys()) this.queue.schedule(workKey.service(id), now);
    for (const id of world.applications.keys()) this.queue.schedule(workKey.application(id), now);
    this.kick();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) this.options.clock.clearTimeout(this.timer.handle);
    this.timer = undefined;
  }

  /** Hands over a committed change; the engine reads the resource back unless it wrote that version itself. */
  notify(change: ChangeNotice): void {
    if (this.stopped || !FOLLOWED.has(change.kind)) return;
    const known = this.world.get(change.kind, change.id);
    if (change.type !== 'DELETED' && known && known.metadata.resourceVersion >= change.version) return;
    this.notices.set(versionKey(change.kind, change.id), change);
    this.kick();
  }

  /** Resolves once nothing is running, nothing was handed over unread and nothing is due now. */
  async idle(): Promise<void> {
    for (;;) {
      if (this.running) await this.running;
      else if (this.notices.size > 0 || (this.queue.peek() ?? Infinity) <= this.options.clock.now()) this.kick();
      else return;
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }

  /** How much the engine holds, for tests and benchmarks. */
  get size(): { containers: number; queued: number } {
    return { containers: this.world.containers.size, queued: this.queue.size };
  }

  private kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    // Start on the next turn, so a burst of changes (one transaction's) is read back together.
    this.running = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.loop())
      .finally(() => {
        this.running = undefined;
        this.arm();
      });
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      try {
        await this.readBack();
        await this.tick();
      } catch (error) {
        this.options.onError?.(error);
        return;
      }
      // Yield between ticks so that API requests never wait behind a long run of due work.
      await new Promise<void>((resolve) => setImmediate(resolve));
    } while (!this.stopped && (this.again || (this.queue.peek() ?? Infinity) <= this.options.clock.now()));
  }

  private arm(): void {
    const next = this.queue.peek();
    if (this.stopped || next === undefined) return;
    if (this.timer && this.timer.at <= next) return;
    if (this.timer) this.options.clock.clearTimeout(this.timer.handle);
    const delay = Math.max(0, next - this.options.clock.now());
    const handle = this.options.clock.setTimeout(() => {
      this.timer = undefined;
      this.kick();
    }, delay);
    this.timer = { handle, at: next };
  }

  /** Reads back what others changed (the API, the cluster and node controllers), then queues what it affects. */
  private async readBack(): Promise<void> {
    const notices = [...this.notices.values()];
    this.notices.clear();
    const now = this.options.clock.now();
    for (const notice of notices) {
      const before = this.world.get(notice.kind, notice.id);
      const found = notice.type === 'DELETED' ? undefined : await this.store.find(notice.kind, notice.id);
      if (found) this.world.put(notice.kind, found);
      else this.world.remove(notice.kind, notice.id);
      this.queueAfterChange(notice.kind, notice.id, found ?? before, now);
    }
  }

  private queueAfterChange(kind: ResourceKind, id: string, resource: AnyResource | undefined, now: number): void {
    const { world, queue } = this;
    switch (kind) {
      case 'container':
        return this.scheduleContainer(id, now);
      case 'service': {
        queue.schedule(workKey.service(id), now);
        for (const c of world.containersOf(id)) this.scheduleContainer(c.metadata.id, now);
        return;
      }
      case 'application':
        return queue.schedule(workKey.application(id), now);
      case 'node': {
        queue.schedule(workKey.node(id), now);
        for (const c of world.containersOn(id)) this.scheduleContainer(c.metadata.id, now);
        return;
      }
      case 'cluster':
        return queue.schedule(workKey.cluster(id), now);
      case 'fault': {
        // Probe and crash faults change what a service's running containers do next; pull and node faults are read when their step runs.
        const target = (resource as Fault | undefined)?.spec;
        if (target?.targetKind !== 'service') return;
        const containers = target.targetId ? world.containersOf(target.targetId) : world.containers.values();
        for (const c of containers) this.scheduleContainer(c.metadata.id, now);
        return;
      }
      default:
        return;
    }
  }

  private scheduleContainer(id: string, now: number): void {
    const container = this.world.containers.get(id);
    if (!container) return;
    const due = containerDueAt(this.world, this.options, container, now);
    if (due !== undefined) this.queue.schedule(workKey.container(id), due);
  }

  /** Carries out what is due, as one batch. */
  private async tick(): Promise<void> {
    const now = this.options.clock.now();
    const keys = this.queue.takeDue(now, this.options.batchLimit ?? 1_000);
    if (keys.length === 0) return;
    const tick = new Tick(this.world, now);
    const later: { key: string; at: number }[] = [];
    const work: WorkContext = {
      world: this.world,
      tick,
      factory: new ContainerFactory(this.world, this.options.maxNodesPerCluster, randomFor(this.options, 'ports', now)),
      now,
      settings: this.options,
      schedule: (key, at) => (at === undefined ? tick.followUps.add(key) : later.push({ key, at })),
    };
    for (const key of keys) this.work(work, key);
    const written = await this.flush(tick);
    for (const { key, at } of later) this.queue.schedule(key, at);
    for (const key of tick.followUps) {
      if (key.startsWith('c:')) this.scheduleContainer(key.slice(2), now);
      else this.queue.schedule(key, now);
    }
    if (!written) this.again = false;
  }

  private work(work: WorkContext, key: string): void {
    const id = key.slice(2);
    const { world, tick } = work;
    switch (key[0]) {
      case 'c': {
        const container = world.containers.get(id);
        if (!container) return;
        if (tick.busy('container', id)) return work.schedule(key);
        return stepContainer(work, container);
      }
      case 's': {
        const service = world.services.get(id);
        if (!service) return;
        if (tick.busy('service', id)) return work.schedule(key);
        return reconcileService(work, service);
      }
      case 'a':
        return this.reconcileApplication(work, id);
      case 'n':
        return reconcileNode(work, id);
      case 'k':
        return reconcileCluster(work, id);
    }
  }

  private reconcileApplication(work: WorkContext, id: string): void {
    const application = work.world.applications.get(id);
    if (!application) return;
    if (work.tick.busy('application', id)) return work.schedule(workKey.application(id));
    const plan = planApplication(application, work.world.servicesOf(id), work.now);
    if (!plan.status && !plan.remove && plan.events.length === 0) return;
    const unit = work.tick.unit();
    if (plan.remove) unit.remove('application', application);
    else if (plan.status) unit.update('application', application, { status: plan.status });
    unit.events(...plan.events);
  }

  /**
   * Writes the tick's units. The world already shows them; it takes each written version from the
   * outcome, and reads back what a refused unit (or a failed write) touched, so it shows the store again.
   */
  private async flush(tick: Tick): Promise<boolean> {
    const counts = this.world.takeChangedCounts();
    if (tick.units.length === 0 && counts.length === 0) return true;
    try {
      const outcome = await this.store.applyBatch(tick.units, counts);
      for (const [key, version] of outcome.versions) {
        const slash = key.indexOf('/');
        const found = this.world.get(key.slice(0, slash) as ResourceKind, key.slice(slash + 1));
        if (found) found.metadata.resourceVersion = version;
      }
      for (const index of outcome.rejected) this.refresh(tick.touchedBy(index));
      return true;
    } catch (error) {
      this.options.onError?.(error);
      this.refresh(tick.written);
      // The store may be down: read back and try again in a second rather than at once.
      this.again = false;
      this.queue.schedule('r:retry', this.options.clock.now() + RETRY_MS);
      return false;
    }
  }

  /** Reads resources back from the store (at the next tick) after a write of them did not land. */
  private refresh(resources: readonly { kind: ResourceKind; id: string }[]): void {
    for (const { kind, id } of resources) {
      this.notices.set(versionKey(kind, id), { kind, id, type: 'MODIFIED', version: Number.MAX_SAFE_INTEGER });
    }
    this.again = true;
  }
}

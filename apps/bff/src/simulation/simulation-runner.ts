import { randomUUID } from 'node:crypto';
import { DeployEngine, Simulator, clusterLifecycle, nodeLifecycle } from '@cs/simulator';
import type { AnyResource, Clock } from '@cs/simulator';
import type { Logger } from '../logging/logger.ts';
import type { StoredChange } from '../store/resource-store.ts';
import type { Store } from '../store/store.ts';
import type { ChangeFeed } from '../streams/change-feed.ts';
import { workloadStore } from './workload-store.ts';

const LEASE = 'simulator';
const LEASE_TTL_MS = 15_000;
const LEASE_RENEW_MS = 5_000;

export interface SimulationOptions {
  clock: Clock;
  failureRate: number;
  seed: string;
  /**
   * Take the lease at start even if unexpired. Right for SQLite, which one process owns: the
   * holder on record can only be this process's own killed predecessor.
   */
  takeOverOnStart: boolean;
  /** The node quota of a cluster: how finely the container network is cut into node segments. */
  maxNodesPerCluster: number;
}

/**
 * Runs the simulated cloud on whichever replica holds the database lease; the others serve the
 * API only. On taking the lease it reconciles every stored resource, so work in progress resumes.
 */
export class SimulationRunner {
  readonly holder = randomUUID();
  private simulator: Simulator | undefined;
  private engine: DeployEngine | undefined;
  private unsubscribe: (() => void) | undefined;
  private renewTimer: ReturnType<typeof setInterval> | undefined;
  private pending = Promise.resolve();

  constructor(
    private readonly store: Store,
    private readonly feed: ChangeFeed,
    private readonly logger: Logger,
    private readonly options: SimulationOptions,
  ) {}

  get leading(): boolean {
    return this.simulator !== undefined;
  }

  /** Tries for the lease now and then keeps renewing it (wall-clock time: it is about live processes). */
  async start(): Promise<void> {
    if (this.options.takeOverOnStart) {
      await this.store.leases.take(LEASE, this.holder, new Date(Date.now() + LEASE_TTL_MS).toISOString());
    }
    await this.renew();
    this.renewTimer = setInterval(() => void this.renew(), LEASE_RENEW_MS);
  }

  async stop(): Promise<void> {
    clearInterval(this.renewTimer);
    this.stopSimulator();
    await this.pending;
    await this.store.leases.release(LEASE, this.holder).catch(() => {});
  }

  /** Resolves when every change delivered so far has been handed over and every fired transition written. */
  async idle(): Promise<void> {
    await this.pending;
    await this.simulator?.idle();
    await this.engine?.idle();
  }

  private async renew(): Promise<void> {
    const now = Date.now();
    try {
      const held = await this.store.leases.acquire(
        LEASE,
        this.holder,
        new Date(now).toISOString(),
        new Date(now + LEASE_TTL_MS).toISOString(),
      );
      if (held && !this.simulator) await this.startSimulator();
      if (!held && this.simulator) {
        this.logger.warn('simulator lease lost; another replica runs the simulated cloud');
        this.stopSimulator();
      }
    } catch (error) {
      this.logger.error('simulator lease renewal failed', { error });
    }
  }

  private async startSimulator(): Promise<void> {
    const { failureRate, clock, seed } = this.options;
    const onError = (context: Record<string, unknown>) => (error: unknown) =>
      this.logger.error('simulator transition failed', { ...context, error });
    const simulator = new Simulator([clusterLifecycle({ failureRate }), nodeLifecycle({ failureRate })], {
      clock,
      store: this.store.resources,
      seed,
      onError: (error, context) => onError(context)(error),
    });
    const engine = new DeployEngine(workloadStore(this.store), {
      clock,
      seed,
      failureRate,
      maxNodesPerCluster: this.options.maxNodesPerCluster,
      onError: onError({ engine: 'deploy' }),
    });
    this.simulator = simulator;
    this.engine = engine;
    const kinds = new Set(simulator.kinds);
    this.unsubscribe = this.feed.subscribe((change) => {
      engine.notify({ kind: change.kind, id: change.resourceId, type: change.type, version: change.id });
      if (kinds.has(change.kind)) this.enqueue(() => this.handle(simulator, change));
    });
    for (const kind of simulator.kinds) {
      for (const resource of await this.store.resources.listAll<AnyResource>(kind)) simulator.reconcile(kind, resource);
    }
    await engine.start();
    this.logger.info('simulator started', { holder: this.holder });
  }

  private stopSimulator(): void {
    this.unsubscribe?.();
    this.simulator?.stop();
    this.engine?.stop();
    this.simulator = undefined;
    this.engine = undefined;
  }

  /** Changes are handled one at a time, in order, so a stale read never overtakes a newer one. */
  private enqueue(work: () => Promise<void>): void {
    this.pending = this.pending
      .then(work)
      .catch((error: unknown) => this.logger.error('simulator change failed', { error }));
  }

  private async handle(simulator: Simulator, change: StoredChange): Promise<void> {
    if (change.type === 'DELETED') return simulator.forget(change.kind, change.resourceId);
    const resource = await this.store.resources.find<AnyResource>(change.kind, change.resourceId);
    if (resource) simulator.reconcile(change.kind, resource);
  }
}

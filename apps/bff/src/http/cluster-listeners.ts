import { once } from 'node:events';
import type { Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Cluster } from '@cs/domain';
import type { Logger } from '../logging/logger.ts';
import type { ClusterPortStore } from '../store/cluster-port-store.ts';
import type { Store } from '../store/store.ts';
import type { ChangeFeed } from '../streams/change-feed.ts';

/** Also look every so often: a port taken at start may have been freed, the lease may have moved. */
const RECONCILE_MS = 5_000;

export interface ClusterListenerOptions {
  /** What the logs call one listener ("docker endpoint"). */
  what: string;
  /** The address they listen on. */
  host: string;
  /** Whether this replica serves them now: the one holding the simulator lease does. */
  leading: () => boolean;
  /** Where each cluster's port is kept, so a restart listens where clients were told to go. */
  ports: ClusterPortStore;
  /** Which clusters have one. */
  served: (cluster: Cluster) => boolean;
  /** A server for the cluster, not yet listening. */
  createServer: (cluster: Cluster) => Promise<Server>;
}

interface Listening {
  server: Server;
  port: number;
}

/**
 * One server per cluster on a port of its own (the Docker endpoints, the Server Load Balancer
 * listeners), following the clusters as they come and go; the port is chosen once and kept.
 */
export class ClusterListeners {
  private readonly listening = new Map<string, Listening>();
  private readonly failed = new Set<string>();
  private timer: ReturnType<typeof setInterval> | undefined;
  private unsubscribe: (() => void) | undefined;
  private running = Promise.resolve();
  private again = false;
  private pending = false;
  private closed = false;

  constructor(
    private readonly store: Store,
    private readonly feed: ChangeFeed,
    private readonly logger: Logger,
    private readonly options: ClusterListenerOptions,
  ) {}

  /** The ports of the clusters that have one. */
  portsOf(clusterIds: readonly string[]): Promise<Map<string, number>> {
    return this.options.ports.portsOf(clusterIds);
  }

  start(): void {
    this.unsubscribe = this.feed.subscribe((change) => {
      if (change.kind === 'cluster') this.schedule();
    });
    this.timer = setInterval(() => this.schedule(), RECONCILE_MS);
    this.timer.unref();
    this.schedule();
  }

  /** Resolves once the listeners match the clusters as last read. */
  settled(): Promise<void> {
    return this.running;
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.timer);
    this.unsubscribe?.();
    await this.running;
    await Promise.all([...this.listening.keys()].map((id) => this.stop(id)));
  }

  /** One reconciliation at a time; a request during one runs one more after it. */
  private schedule(): void {
    if (this.pending) {
      this.again = true;
      return;
    }
    this.pending = true;
    this.running = this.running
      .then(() => this.reconcile())
      .catch((error: unknown) => this.logger.error(`${this.options.what}s reconcile failed`, { error }))
      .finally(() => {
        this.pending = false;
        if (this.again && !this.closed) {
          this.again = false;
          this.schedule();
        }
      });
  }

  private async reconcile(): Promise<void> {
    if (this.closed) return;
    const wanted = new Map<string, Cluster>();
    if (this.options.leading())
      for (const cluster of await this.store.resources.listAll<Cluster>('cluster'))
        if (this.options.served(cluster)) wanted.set(cluster.metadata.id, cluster);
    for (const id of [...this.listening.keys()]) if (!wanted.has(id)) await this.stop(id);
    for (const cluster of wanted.values()) if (!this.listening.has(cluster.metadata.id)) await this.serve(cluster);
  }

  private async serve(cluster: Cluster): Promise<void> {
    const id = cluster.metadata.id;
    const { what, ports } = this.options;
    const server = await this.options.createServer(cluster);
    const recorded = await ports.portOf(id);
    try {
      server.listen(recorded ?? 0, this.options.host);
      await once(server, 'listening');
    } catch (error) {
      if (!this.failed.has(id))
        this.logger.warn(`${what} cannot listen; retrying`, { clusterId: id, port: recorded, error });
      this.failed.add(id);
      return;
    }
    const port = (server.address() as AddressInfo).port;
    const claimed = recorded ?? (await ports.claim(id, port, new Date().toISOString()));
    if (claimed !== port) {
      server.close();
      return;
    }
    this.failed.delete(id);
    this.listening.set(id, { server, port });
    this.logger.info(`${what} listening`, { clusterId: id, port });
  }

  private async stop(id: string): Promise<void> {
    const entry = this.listening.get(id);
    if (!entry) return;
    this.listening.delete(id);
    entry.server.close();
    if ('closeAllConnections' in entry.server && typeof entry.server.closeAllConnections === 'function')
      entry.server.closeAllConnections();
    this.logger.info(`${this.options.what} closed`, { clusterId: id, port: entry.port });
  }
}

import { createServer } from 'node:https';
import type { Server } from 'node:https';
import type { RequestListener } from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import type { Cluster } from '@cs/domain';
import type { Logger } from '../logging/logger.ts';
import type { CredentialStore } from '../services/credentials/credential-store.ts';
import type { Store } from '../store/store.ts';
import type { ChangeFeed } from '../streams/change-feed.ts';

/** Clusters whose simulated master is up: created, and not failed in creation. */
const SERVED: readonly Cluster['status']['phase'][] = [
  'Running',
  'Inactive',
  'Scaling',
  'Updating',
  'Deleting',
  'DeleteFailed',
];
/** Also look every so often: a port taken at start may have been freed, the lease may have moved. */
const RECONCILE_MS = 5_000;

export interface DockerEndpointOptions {
  /** The address the endpoints listen on and are advertised at (`tcp://HOST:PORT`). */
  host: string;
  /** Whether this replica serves them now: the one holding the simulator lease does. */
  leading: () => boolean;
  /** The Docker Engine API of one cluster. */
  handler: (clusterId: string) => RequestListener;
}

interface Listening {
  server: Server;
  port: number;
}

/**
 * Serves each created cluster's Docker endpoint: HTTPS on a port of its own, with a server
 * certificate its CA signed, and only for clients presenting a certificate that same CA signed
 * (mutual TLS: another cluster's certificate, or none, fails the handshake).
 */
export class DockerEndpoints {
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
    private readonly credentials: CredentialStore,
    private readonly logger: Logger,
    private readonly options: DockerEndpointOptions,
  ) {}

  /** `tcp://HOST:PORT` of the clusters that have an endpoint. */
  async addresses(clusterIds: readonly string[]): Promise<Map<string, string>> {
    const ports = await this.store.dockerEndpoints.portsOf(clusterIds);
    return new Map([...ports].map(([id, port]) => [id, `tcp://${this.options.host}:${port}`]));
  }

  start(): void {
    this.unsubscribe = this.feed.subscribe((change) => {
      if (change.kind === 'cluster') this.schedule();
    });
    this.timer = setInterval(() => this.schedule(), RECONCILE_MS);
    this.timer.unref();
    this.schedule();
  }

  /** Resolves once the endpoints match the clusters as last read. */
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
      .catch((error: unknown) => this.logger.error('docker endpoints reconcile failed', { error }))
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
        if (SERVED.includes(cluster.status.phase)) wanted.set(cluster.metadata.id, cluster);
    for (const id of [...this.listening.keys()]) if (!wanted.has(id)) await this.stop(id);
    for (const cluster of wanted.values()) if (!this.listening.has(cluster.metadata.id)) await this.serve(cluster);
  }

  private async serve(cluster: Cluster): Promise<void> {
    const id = cluster.metadata.id;
    const credentials = await this.credentials.forCluster({ id, name: cluster.metadata.name });
    const server = createServer(
      {
        key: credentials.serverKey,
        cert: credentials.serverCert,
        ca: [credentials.caCert],
        requestCert: true,
        rejectUnauthorized: true,
        minVersion: 'TLSv1.2',
      },
      this.options.handler(id),
    );
    server.on('tlsClientError', (error) =>
      this.logger.debug('docker endpoint refused a client', { clusterId: id, error }),
    );
    const recorded = await this.store.dockerEndpoints.portOf(id);
    try {
      server.listen(recorded ?? 0, this.options.host);
      await once(server, 'listening');
    } catch (error) {
      if (!this.failed.has(id))
        this.logger.warn('docker endpoint cannot listen; retrying', { clusterId: id, port: recorded, error });
      this.failed.add(id);
      return;
    }
    const port = (server.address() as AddressInfo).port;
    const claimed = recorded ?? (await this.store.dockerEndpoints.claim(id, port, new Date().toISOString()));
    if (claimed !== port) {
      server.close();
      return;
    }
    this.failed.delete(id);
    this.listening.set(id, { server, port });
    this.logger.info('docker endpoint listening', { clusterId: id, port });
  }

  private async stop(id: string): Promise<void> {
    const entry = this.listening.get(id);
    if (!entry) return;
    this.listening.delete(id);
    entry.server.close();
    entry.server.closeAllConnections();
    this.logger.info('docker endpoint closed', { clusterId: id, port: entry.port });
  }
}

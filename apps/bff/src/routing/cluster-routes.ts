import { isProxied, isRouted } from '@cs/domain';
import type { Application, Cluster, Service } from '@cs/domain';
import type { Store } from '../store/store.ts';
import type { ChangeFeed } from '../streams/change-feed.ts';
import { backendSets } from './backend-sets.ts';
import type { RoutedServer } from './backend-sets.ts';
import { buildSnapshot } from './route-snapshot.ts';
import type { RouteSnapshot } from './route-snapshot.ts';

/**
 * A snapshot or a backend set serves requests for this long (wall time) unless a workload change
 * comes first: the change feed drops them at once on this replica; the TTL bounds how long another
 * replica's write goes unseen.
 */
const TTL_MS = 5_000;
/** A cluster's routes cover at most this many services and applications: each rebuild is bounded. */
export const ROUTED_SERVICE_LIMIT = 5_000;
/** Backend sets kept at most; past it the cache starts over. */
const MAX_BACKEND_SETS = 20_000;

const WORKLOAD_KINDS = new Set(['application', 'service', 'container', 'cluster']);

interface Cached<T> {
  at: number;
  value: Promise<T>;
}

/**
 * Each cluster's routes, rebuilt from the store at most once per TTL (sooner after a change): the
 * routed services, their domains and weights. Containers are not part of it: a request reads the
 * backend sets of its route's services only, each kept for the TTL, so a cluster of 100,000
 * containers costs a request the containers of its route, not of the cluster.
 */
export class ClusterRoutes {
  private readonly snapshots = new Map<string, Cached<RouteSnapshot | undefined>>();
  private readonly backends = new Map<string, Cached<RoutedServer[]>>();
  private unsubscribe: (() => void) | undefined;

  constructor(private readonly store: Store) {}

  /** Forgets what a workload change may have changed (changes do not say which cluster). */
  follow(feed: ChangeFeed): void {
    this.unsubscribe = feed.subscribe((change) => {
      if (!WORKLOAD_KINDS.has(change.kind)) return;
      this.backends.clear();
      if (change.kind !== 'container') this.snapshots.clear();
    });
  }

  close(): void {
    this.unsubscribe?.();
  }

  invalidate(clusterId: string): void {
    this.snapshots.delete(clusterId);
  }

  get(clusterId: string): Promise<RouteSnapshot | undefined> {
    return this.cached(this.snapshots, clusterId, () => this.read(clusterId));
  }

  /** The backend sets of services, by service id. */
  async serversOf(serviceIds: readonly string[]): Promise<Map<string, RoutedServer[]>> {
    const missing = serviceIds.filter((id) => !this.fresh(this.backends.get(id)));
    if (missing.length > 0) {
      if (this.backends.size + missing.length > MAX_BACKEND_SETS) this.backends.clear();
      const read = this.store.containers.runningOf(missing).then((containers) => backendSets(missing, containers));
      const at = Date.now();
      for (const id of missing) {
        const value = read.then((sets) => sets.get(id) ?? []);
        value.catch(() => this.backends.delete(id));
        this.backends.set(id, { at, value });
      }
    }
    const sets = await Promise.all(serviceIds.map(async (id) => [id, await this.backends.get(id)!.value] as const));
    return new Map(sets);
  }

  private fresh<T>(entry: Cached<T> | undefined): entry is Cached<T> {
    return entry !== undefined && Date.now() - entry.at < TTL_MS;
  }

  private cached<T>(cache: Map<string, Cached<T>>, key: string, read: () => Promise<T>): Promise<T> {
    const entry = cache.get(key);
    if (this.fresh(entry)) return entry.value;
    const value = read();
    cache.set(key, { at: Date.now(), value });
    value.catch(() => cache.delete(key));
    return value;
  }

  private async read(clusterId: string): Promise<RouteSnapshot | undefined> {
    const cluster = await this.store.resources.find<Cluster>('cluster', clusterId);
    if (!cluster) return undefined;
    const page = { clusterId, page: 1, pageSize: ROUTED_SERVICE_LIMIT };
    const [services, applications] = await Promise.all([
      this.store.resources.list<Service>('service', page),
      this.store.resources.list<Application>('application', page),
    ]);
    const routed = services.items.filter(
      (s) =>
        (isRouted(s.spec.definition.labels) || isProxied(s.spec.definition.labels)) && s.status.phase !== 'Deleting',
    );
    return buildSnapshot({
      cluster,
      applications: new Map(applications.items.map((a) => [a.metadata.id, a])),
      services: routed,
      weights: await this.store.serviceWeights.of(routed.map((s) => s.metadata.id)),
    });
  }
}

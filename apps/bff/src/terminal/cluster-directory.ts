import type { Cluster, Node, Service } from '@cs/domain';
import { containerNetwork, nodeSegment } from '@cs/simulator';
import type { Store } from '../store/store.ts';

/** What a shell's name lookups need of a cluster, read at most once per TTL for all its terminals. */
export interface ClusterDirectory {
  network: string;
  /** Node index → node id. */
  nodeByIndex: Map<number, string>;
  /** Lower-case `{app}_{service}`, template hostname and routing domain → service ids. */
  byService: Map<string, string[]>;
  byHostname: Map<string, string[]>;
  byDomain: Map<string, string[]>;
}

const TTL_MS = 5_000;
/** A cluster's directory covers at most this many services and nodes: each lookup is bounded. */
export const DIRECTORY_LIMIT = 2_000;
const ROUTING_LABEL = /^aliyun\.routing\.port_\d+$/;

const add = (map: Map<string, string[]>, key: string, id: string) => {
  const ids = map.get(key.toLowerCase());
  if (ids) ids.push(id);
  else map.set(key.toLowerCase(), [id]);
};

/** `http://restserver.local/api;wp.sample.com` → restserver.local, wp.sample.com. */
export function routingHosts(value: string): string[] {
  return value
    .split(';')
    .map(
      (entry) =>
        entry
          .trim()
          .replace(/^[a-z]+:\/\//i, '')
          .split('/')[0]!,
    )
    .filter((host) => host.length > 0);
}

function directoryOf(cluster: Cluster, nodes: readonly Node[], services: readonly Service[]): ClusterDirectory {
  const directory: ClusterDirectory = {
    network: containerNetwork(cluster),
    nodeByIndex: new Map(nodes.map((n) => [n.spec.index, n.metadata.id])),
    byService: new Map(),
    byHostname: new Map(),
    byDomain: new Map(),
  };
  for (const service of services) {
    const id = service.metadata.id;
    const { definition, applicationName } = service.spec;
    add(directory.byService, `${applicationName}_${service.metadata.name}`, id);
    if (definition.hostname) add(directory.byHostname, definition.hostname, id);
    for (const [key, value] of Object.entries(definition.labels))
      if (ROUTING_LABEL.test(key)) for (const host of routingHosts(value)) add(directory.byDomain, host, id);
  }
  return directory;
}

/** The directories of the clusters with open terminals, each re-read when it is older than the TTL. */
export class ClusterDirectories {
  private readonly cache = new Map<string, { at: number; directory: Promise<ClusterDirectory | undefined> }>();

  constructor(private readonly store: Store) {}

  get(clusterId: string): Promise<ClusterDirectory | undefined> {
    const now = Date.now();
    const cached = this.cache.get(clusterId);
    if (cached && now - cached.at < TTL_MS) return cached.directory;
    for (const [id, entry] of this.cache) if (now - entry.at >= TTL_MS) this.cache.delete(id);
    const directory = this.read(clusterId);
    this.cache.set(clusterId, { at: now, directory });
    directory.catch(() => this.cache.delete(clusterId));
    return directory;
  }

  private async read(clusterId: string): Promise<ClusterDirectory | undefined> {
    const cluster = await this.store.resources.find<Cluster>('cluster', clusterId);
    if (!cluster) return undefined;
    const page = { page: 1, pageSize: DIRECTORY_LIMIT };
    const [nodes, services] = await Promise.all([
      this.store.resources.list<Node>('node', { scope: clusterId, ...page }),
      this.store.resources.list<Service>('service', { clusterId, ...page }),
    ]);
    return directoryOf(cluster, nodes.items, services.items);
  }
}

/** The prefix length of a node's segment (`/24`), as its containers' eth0 has it. */
export function segmentPrefix(network: string, nodeIndex: number, maxNodes: number): number {
  return 32 - Math.log2(nodeSegment(network, nodeIndex, maxNodes).size);
}

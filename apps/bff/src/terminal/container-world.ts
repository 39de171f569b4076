import { parseCidr } from '@cs/domain';
import type { Container, Node, Service } from '@cs/domain';
import { nodeSegment } from '@cs/simulator';
import type { ShellHost, ShellSelf, ShellWorld } from '@cs/simulator';
import type { Store } from '../store/store.ts';
import type { SimulatedAnswer, SimulatedRequest } from '../routing/simulated-request.ts';
import type { ClusterDirectories, ClusterDirectory } from './cluster-directory.ts';
import { segmentPrefix } from './cluster-directory.ts';

/** A name resolves to at most this many containers (nslookup lists them all). */
const MAX_ANSWERS = 10;
/** Containers a node's segment can hold, at most (a /24 less three). */
const MAX_PER_NODE = 256;

export const hostOf = (c: Container): ShellHost => ({
  id: c.metadata.id,
  name: c.metadata.name,
  hostname: c.spec.hostname,
  image: c.spec.image,
  containerIp: c.status.containerIp,
  nodeIp: c.status.nodeIp,
  running: c.status.phase === 'running',
});

const commandLine = (command: string | string[] | null) =>
  command === null ? null : Array.isArray(command) ? command.join(' ') : command;

/**
 * The cluster as one container's shell sees it, read from the store on each lookup: by address
 * through the node whose segment holds it, by name on the cluster's unique name index, by hostname,
 * service or routing domain through the cluster's directory, each answer bounded.
 */
export interface WorldOptions {
  maxNodesPerCluster: number;
  now: () => number;
  /** A request through the cluster's routing service (the SLB listeners' router); absent in tests of the shell alone. */
  route?: (clusterId: string, request: SimulatedRequest) => Promise<SimulatedAnswer>;
}

export async function containerWorld(
  store: Store,
  directories: ClusterDirectories,
  container: Container,
  options: WorldOptions,
): Promise<ShellWorld | undefined> {
  const clusterId = container.spec.clusterId;
  const { route } = options;
  const [directory, service, node] = await Promise.all([
    directories.get(clusterId),
    store.resources.find<Service>('service', container.spec.serviceId),
    store.resources.find<Node>('node', container.spec.nodeId),
  ]);
  if (!directory) return undefined;
  const definition = service?.spec.definition;
  const self: ShellSelf = {
    ...hostOf(container),
    environment: definition?.environment ?? {},
    command: commandLine(definition?.command ?? null),
    links: container.spec.links,
    prefixLength: segmentPrefix(directory.network, node?.spec.index ?? 0, options.maxNodesPerCluster),
    startedAt: container.status.startedAt,
  };
  const current = () => directories.get(clusterId).then((d) => d ?? directory);
  const containersOf = async (pick: (d: ClusterDirectory) => string[] | undefined) => {
    const ids = pick(await current()) ?? [];
    const found: ShellHost[] = [];
    for (const serviceId of ids.slice(0, MAX_ANSWERS)) {
      const page = await store.containers.list({ serviceId, phase: 'running' }, { page: 1, pageSize: MAX_ANSWERS });
      found.push(...page.items.map(hostOf));
      if (found.length >= MAX_ANSWERS) break;
    }
    return found.slice(0, MAX_ANSWERS);
  };
  return {
    self,
    now: options.now,
    async byAddress(ip) {
      const d = await current();
      const nodeId = d.nodeByIndex.get(nodeIndexOf(d.network, ip, options.maxNodesPerCluster));
      if (nodeId === undefined) return undefined;
      const page = await store.containers.list({ nodeId }, { page: 1, pageSize: MAX_PER_NODE });
      const held = page.items.filter((c) => c.status.containerIp === ip);
      const found = held.find((c) => c.status.phase === 'running') ?? held[0];
      return found ? hostOf(found) : undefined;
    },
    async byContainerName(name) {
      const found = await store.containers.resolve(clusterId, name);
      return found && found !== 'ambiguous' && found.metadata.name === name ? hostOf(found) : undefined;
    },
    byHostname: (hostname) => containersOf((d) => d.byHostname.get(hostname.toLowerCase())),
    byService: (name) => containersOf((d) => d.byService.get(name.toLowerCase())),
    byRoutingDomain: (domain) => containersOf((d) => d.byDomain.get(domain.toLowerCase())),
    ...(route && {
      async routeHttp(host: string, method: string, path: string) {
        const request = { method, scheme: 'http' as const, host, path, clientIp: self.containerIp, cookies: {} };
        const { status, reason, headers, body } = await route(clusterId, request);
        return { status, reason, headers, body };
      },
    }),
  };
}

/** Which node's segment of the container network an address lies in; -1 outside it. */
function nodeIndexOf(network: string, ip: string, maxNodes: number): number {
  const net = parseCidr(network);
  const address = parseCidr(`${ip}/32`);
  if (!net || !address) return -1;
  const size = nodeSegment(network, 0, maxNodes).size;
  const offset = address.base - net.base;
  return offset < 0 || offset >= 2 ** (32 - net.prefix) ? -1 : Math.floor(offset / size);
}

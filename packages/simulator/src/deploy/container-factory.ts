import { randomBytes } from 'node:crypto';
import { containerName } from '@cs/domain';
import type { Container, ContainerPort, Service } from '@cs/domain';
import type { Random } from '../random.ts';
import { allocateAddress, containerNetwork, nodeSegment, randomHostPort } from './network.ts';
import type { ContainerCreation } from './store.ts';
import type { World } from './world.ts';

const iso = (ms: number) => new Date(ms).toISOString();

/** Addresses and host ports in use on a node, including what this tick has handed out already. */
interface NodeUse {
  addresses: Set<string>;
  ports: Set<string>;
}

/**
 * Makes new containers: a Docker-like id, the Compose name, an address of the node's segment of
 * the container network and the published host ports (fixed, or random for `"80"`).
 */
export class ContainerFactory {
  private readonly use = new Map<string, NodeUse>();

  constructor(
    private readonly world: World,
    private readonly maxNodesPerCluster: number,
    private readonly random: Random,
  ) {}

  private useOf(nodeId: string): NodeUse {
    let use = this.use.get(nodeId);
    if (!use) {
      use = { addresses: new Set(), ports: new Set() };
      for (const c of this.world.containersOn(nodeId)) {
        use.addresses.add(c.status.containerIp);
        for (const p of c.status.ports) if (p.hostPort !== null) use.ports.add(`${p.protocol}/${p.hostPort}`);
      }
      this.use.set(nodeId, use);
    }
    return use;
  }

  /** Frees what a container held, for a successor created in the same tick (a replacement). */
  release(container: Container): void {
    const use = this.useOf(container.spec.nodeId);
    use.addresses.delete(container.status.containerIp);
    for (const p of container.status.ports) if (p.hostPort !== null) use.ports.delete(`${p.protocol}/${p.hostPort}`);
  }

  /** A container of the service, number `number`, on the node; undefined when the node's segment is full. */
  create(service: Service, number: number, nodeId: string, now: number): ContainerCreation | undefined {
    const node = this.world.nodes.get(nodeId);
    const cluster = this.world.clusters.get(service.spec.clusterId);
    if (!node || !cluster) return undefined;
    const { definition } = service.spec;
    const use = this.useOf(nodeId);
    const host = definition.networkMode === 'host';
    const segment = nodeSegment(containerNetwork(cluster), node.spec.index, this.maxNodesPerCluster);
    const address = host ? node.status.privateIp : allocateAddress(segment, use.addresses);
    if (!address) return undefined;
    if (!host) use.addresses.add(address);
    const ports: ContainerPort[] = [];
    for (const p of definition.ports) {
      for (let i = 0; i < p.count; i++) {
        const hostPort = p.hostPort !== undefined ? p.hostPort + i : randomHostPort(use.ports, p.protocol, this.random);
        use.ports.add(`${p.protocol}/${hostPort}`);
        ports.push({
          containerPort: p.containerPort + i,
          protocol: p.protocol,
          hostPort,
          hostIp: p.hostIp ?? '0.0.0.0',
        });
      }
    }
    for (const e of definition.expose)
      for (let i = 0; i < e.count; i++)
        ports.push({ containerPort: e.port + i, protocol: e.protocol, hostPort: host ? e.port + i : null, hostIp: '' });
    const name =
      definition.containerName && definition.scale === 1 && !definition.global
        ? definition.containerName
        : containerName(service.spec.applicationName, service.metadata.name, number);
    return {
      id: randomBytes(32).toString('hex'),
      name,
      spec: {
        clusterId: service.spec.clusterId,
        applicationId: service.spec.applicationId,
        serviceId: service.metadata.id,
        applicationName: service.spec.applicationName,
        serviceName: service.metadata.name,
        number,
        nodeId,
        image: definition.image ?? '',
        definitionVersion: service.spec.definitionVersion,
        deployment: service.spec.deployment,
        desiredState: 'running',
        hostname: definition.hostname ?? name,
        links: [
          ...definition.links.map((l) => ({ alias: l.alias, target: `${service.spec.applicationName}_${l.target}` })),
          ...definition.externalLinks.map((l) => ({ alias: l.alias, target: l.target })),
        ],
      },
      status: {
        phase: 'pulling',
        phaseSince: iso(now),
        observedGeneration: 1,
        conditions: [],
        health: null,
        imageDigest: null,
        containerIp: address,
        nodeIp: node.status.privateIp,
        ports,
        exitCode: null,
        restartCount: 0,
        startedAt: null,
        reason: null,
      },
    };
  }
}

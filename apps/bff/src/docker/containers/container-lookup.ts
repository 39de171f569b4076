import type { Container, Node, Service } from '@cs/domain';
import type { Store } from '../../store/store.ts';
import { DockerError, noSuchContainer } from '../api/docker-errors.ts';
import type { ContainerContext } from './container-views.ts';

/** Containers outside a compose project's network are on their node's bridge, as Swarm shows them. */
const BRIDGE = 'bridge';

/**
 * A container of this cluster as Docker clients name it: its name (`/web_1`, Swarm's
 * `/node/web_1`), its id, or an unambiguous id prefix. Other clusters' containers do not exist here.
 */
export async function findContainer(store: Store, clusterId: string, reference: string): Promise<Container> {
  const name = reference.slice(reference.lastIndexOf('/') + 1);
  if (name === '' || name.length > 255) throw noSuchContainer(reference);
  const found = await store.containers.resolve(clusterId, name);
  if (found === 'ambiguous') throw new DockerError(400, `Multiple IDs found with provided prefix: ${name}`);
  if (!found) throw noSuchContainer(reference);
  return found;
}

/** Services, nodes and compose networks of a cluster, read once for every container a request shows. */
export class ContainerContexts {
  private constructor(
    private readonly services: Map<string, Service>,
    private readonly nodes: Map<string, Node>,
    private readonly networks: Set<string>,
  ) {}

  static async load(store: Store, clusterId: string): Promise<ContainerContexts> {
    const [services, nodes, networks] = await Promise.all([
      store.resources.listInCluster<Service>('service', clusterId),
      store.resources.listInScope<Node>('node', clusterId),
      store.docker.networks(clusterId),
    ]);
    return new ContainerContexts(
      new Map(services.map((s) => [s.metadata.id, s])),
      new Map(nodes.map((n) => [n.metadata.id, n])),
      new Set(networks.map((n) => n.name)),
    );
  }

  get allServices(): Service[] {
    return [...this.services.values()];
  }

  of(container: Container): ContainerContext {
    const projectNetwork = `${container.spec.applicationName}_default`;
    return {
      service: this.services.get(container.spec.serviceId),
      node: this.nodes.get(container.spec.nodeId),
      network: this.networks.has(projectNetwork) ? projectNetwork : BRIDGE,
    };
  }
}

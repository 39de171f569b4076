import { findInstanceType, noContainers, tallyContainers } from '@cs/domain';
import type {
  Application,
  Cluster,
  Container,
  ContainerCounts,
  Fault,
  Node,
  RegistryImage,
  ResourceKind,
  Service,
} from '@cs/domain';
import type { AnyResource } from '../transition.ts';
import type { OwnerCounts } from './store.ts';
import { imageReference } from '../registry/registry.ts';
import { schedulableNode } from '../scheduler/nodes.ts';
import { PlacementState } from '../scheduler/state.ts';
import type { PlacedContainer } from '../scheduler/types.ts';
import { containerNetwork, nodeSegment, segmentCapacity } from './network.ts';

/** A one-to-many index: the members of each owner. */
class Index {
  private readonly members = new Map<string, Set<string>>();

  add(owner: string, member: string): void {
    let set = this.members.get(owner);
    if (!set) this.members.set(owner, (set = new Set()));
    set.add(member);
  }

  delete(owner: string, member: string): void {
    const set = this.members.get(owner);
    set?.delete(member);
    if (set?.size === 0) this.members.delete(owner);
  }

  of(owner: string): ReadonlySet<string> {
    return this.members.get(owner) ?? EMPTY;
  }
}
const EMPTY: ReadonlySet<string> = new Set();

/** A container as the scheduler counts it: its reservations and the host ports it holds on its node. */
export function placedContainer(container: Container, service: Service | undefined): PlacedContainer {
  const definition = service?.spec.definition;
  return {
    id: container.metadata.id,
    nodeId: container.spec.nodeId,
    application: container.spec.applicationName,
    service: container.spec.serviceName,
    image: container.spec.image,
    cpuShares: definition?.cpuShares ?? 0,
    memoryBytes: definition?.memLimit ?? 0,
    hostPorts: container.status.ports.flatMap((p) =>
      p.hostPort === null ? [] : [{ protocol: p.protocol, port: p.hostPort }],
    ),
    ...(definition?.networkMode ? { networkMode: definition.networkMode } : {}),
  };
}

/** Containers that hold a node's resources: every one but those that failed to be created. */
export const holdsNode = (c: Container) => c.status.phase !== 'failed';

/** The cluster's nodes as the scheduler sees them: capacity, zone, tags, and how many addresses their segment has. */
export function schedulableNodesOf(cluster: Cluster | undefined, nodes: readonly Node[], maxNodesPerCluster: number) {
  const network = cluster ? containerNetwork(cluster) : undefined;
  return nodes.map((node) => {
    const type = findInstanceType(node.spec.instanceType);
    const segment = network ? nodeSegment(network, node.spec.index, maxNodesPerCluster) : { size: 0 };
    const schedulable = schedulableNode(node, type, segmentCapacity(segment));
    return { ...schedulable, schedulable: schedulable.schedulable && node.spec.operation === null };
  });
}

/**
 * What the deploy engine knows of the simulated cloud, in memory on the replica that runs it:
 * every cluster, node, application, service and container, indexed the ways reconciling needs,
 * and one placement index per cluster kept in step as containers come and go.
 */
export class World {
  readonly clusters = new Map<string, Cluster>();
  readonly nodes = new Map<string, Node>();
  readonly applications = new Map<string, Application>();
  readonly services = new Map<string, Service>();
  readonly containers = new Map<string, Container>();
  readonly faults = new Map<string, Fault>();
  /** How many times a new digest was pushed for an image reference. */
  readonly imagePushes = new Map<string, number>();
  private readonly nodesOfCluster = new Index();
  private readonly applicationsOfCluster = new Index();
  private readonly servicesOfApplication = new Index();
  private readonly containersOfService = new Index();
  private readonly containersOfNode = new Index();
  private readonly placements = new Map<string, PlacementState>();
  /** Container Status of each service, application and node, kept as containers come and go. */
  private readonly tallies = new Map<string, ContainerCounts>();
  private readonly changedTallies = new Set<string>();

  constructor(private readonly maxNodesPerCluster: number) {}

  private tally(container: Container, sign: 1 | -1): void {
    const { serviceId, applicationId, nodeId } = container.spec;
    for (const owner of [serviceId, applicationId, nodeId]) {
      let counts = this.tallies.get(owner);
      if (!counts) this.tallies.set(owner, (counts = noContainers()));
      tallyContainers(counts, container.status, sign);
      this.changedTallies.add(owner);
    }
  }

  /** The counts that changed since the last call, for the store to keep beside the containers. */
  takeChangedCounts(): OwnerCounts[] {
    const changed = [...this.changedTallies].map((ownerId) => ({
      ownerId,
      ...(this.tallies.get(ownerId) ?? noContainers()),
    }));
    this.changedTallies.clear();
    for (const { ownerId, ready, stopped, other } of changed)
      if (ready + stopped + other === 0) this.tallies.delete(ownerId);
    return changed;
  }

  nodesOf(clusterId: string): Node[] {
    return [...this.nodesOfCluster.of(clusterId)].map((id) => this.nodes.get(id)!);
  }

  applicationsOf(clusterId: string): Application[] {
    return [...this.applicationsOfCluster.of(clusterId)].map((id) => this.applications.get(id)!);
  }

  servicesOf(applicationId: string): Service[] {
    return [...this.servicesOfApplication.of(applicationId)].map((id) => this.services.get(id)!);
  }

  containersOf(serviceId: string): Container[] {
    return [...this.containersOfService.of(serviceId)].map((id) => this.containers.get(id)!);
  }

  containersOn(nodeId: string): Container[] {
    return [...this.containersOfNode.of(nodeId)].map((id) => this.containers.get(id)!);
  }

  putCluster(cluster: Cluster): void {
    this.clusters.set(cluster.metadata.id, cluster);
  }

  removeCluster(id: string): void {
    this.clusters.delete(id);
    this.placements.delete(id);
  }

  putNode(node: Node): void {
    const before = this.nodes.get(node.metadata.id);
    if (before && before.spec.clusterId !== node.spec.clusterId)
      this.nodesOfCluster.delete(before.spec.clusterId, node.metadata.id);
    this.nodes.set(node.metadata.id, node);
    this.nodesOfCluster.add(node.spec.clusterId, node.metadata.id);
    this.refreshNodes(node.spec.clusterId);
  }

  removeNode(id: string): void {
    const node = this.nodes.get(id);
    if (!node) return;
    this.nodes.delete(id);
    this.nodesOfCluster.delete(node.spec.clusterId, id);
    this.refreshNodes(node.spec.clusterId);
  }

  putApplication(application: Application): void {
    this.applications.set(application.metadata.id, application);
    this.applicationsOfCluster.add(application.spec.clusterId, application.metadata.id);
  }

  removeApplication(id: string): void {
    const application = this.applications.get(id);
    if (!application) return;
    this.applications.delete(id);
    this.applicationsOfCluster.delete(application.spec.clusterId, id);
  }

  putService(service: Service): void {
    this.services.set(service.metadata.id, service);
    this.servicesOfApplication.add(service.spec.applicationId, service.metadata.id);
  }

  removeService(id: string): void {
    const service = this.services.get(id);
    if (!service) return;
    this.services.delete(id);
    this.servicesOfApplication.delete(service.spec.applicationId, id);
  }

  /** Records a container (new or changed), keeping the indexes and its cluster's placement in step. */
  putContainer(container: Container): void {
    const id = container.metadata.id;
    const before = this.containers.get(id);
    if (before) this.unindex(before);
    this.containers.set(id, container);
    this.tally(container, 1);
    this.containersOfService.add(container.spec.serviceId, id);
    this.containersOfNode.add(container.spec.nodeId, id);
    const placement = this.placements.get(container.spec.clusterId);
    if (placement && holdsNode(container))
      placement.add(placedContainer(container, this.services.get(container.spec.serviceId)));
  }

  removeContainer(id: string): void {
    const container = this.containers.get(id);
    if (!container) return;
    this.unindex(container);
    this.containers.delete(id);
  }

  private unindex(container: Container): void {
    const id = container.metadata.id;
    this.tally(container, -1);
    this.containersOfService.delete(container.spec.serviceId, id);
    this.containersOfNode.delete(container.spec.nodeId, id);
    this.placements.get(container.spec.clusterId)?.remove(id);
  }

  /** The cluster's placement index, built on first use from what the world holds. */
  placement(clusterId: string): PlacementState {
    let state = this.placements.get(clusterId);
    if (!state) {
      const containers = this.nodesOf(clusterId).flatMap((n) => this.containersOn(n.metadata.id));
      state = new PlacementState(
        this.schedulableNodes(clusterId),
        containers.filter(holdsNode).map((c) => placedContainer(c, this.services.get(c.spec.serviceId))),
      );
      this.placements.set(clusterId, state);
    }
    return state;
  }

  private refreshNodes(clusterId: string): void {
    this.placements.get(clusterId)?.replaceNodes(this.schedulableNodes(clusterId));
  }

  private schedulableNodes(clusterId: string) {
    return schedulableNodesOf(this.clusters.get(clusterId), this.nodesOf(clusterId), this.maxNodesPerCluster);
  }

  /** Records a resource of any kind the engine follows (a write of its own, or one read back). */
  put(kind: ResourceKind, resource: AnyResource): void {
    switch (kind) {
      case 'cluster':
        return this.putCluster(resource as Cluster);
      case 'node':
        return this.putNode(resource as Node);
      case 'application':
        return this.putApplication(resource as Application);
      case 'service':
        return this.putService(resource as Service);
      case 'container':
        return this.putContainer(resource as Container);
      case 'fault':
        this.faults.set(resource.metadata.id, resource as Fault);
        return;
      case 'image': {
        const image = resource as RegistryImage;
        this.imagePushes.set(image.spec.reference, image.status.pushes);
        return;
      }
      default:
        return;
    }
  }

  /** Forgets a resource that no longer exists. */
  remove(kind: ResourceKind, id: string): void {
    switch (kind) {
      case 'cluster':
        return this.removeCluster(id);
      case 'node':
        return this.removeNode(id);
      case 'application':
        return this.removeApplication(id);
      case 'service':
        return this.removeService(id);
      case 'container':
        return this.removeContainer(id);
      case 'fault':
        this.faults.delete(id);
        return;
      case 'image':
        this.imagePushes.delete(id);
        return;
      default:
        return;
    }
  }

  /** The record the world holds of a resource, if any. */
  get(kind: ResourceKind, id: string): AnyResource | undefined {
    const maps: Partial<Record<ResourceKind, Map<string, AnyResource>>> = {
      cluster: this.clusters,
      node: this.nodes,
      application: this.applications,
      service: this.services,
      container: this.containers,
      fault: this.faults,
    };
    return maps[kind]?.get(id);
  }

  /** The digest pushes recorded for an image (0 until the simulation panel pushes one). */
  pushesOf(image: string): number {
    return this.imagePushes.get(imageReference(image)) ?? 0;
  }
}

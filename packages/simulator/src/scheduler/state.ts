import { imageReadings, serviceKey } from './expressions.ts';
import { increment } from './maps.ts';
import type { HostPort, PlacedContainer, SchedulableNode } from './types.ts';

/** What one node carries, kept up to date as containers come and go. */
export interface NodeLoad {
  readonly nodeId: string;
  /** Undefined when containers are still recorded on a node that left the cluster's list. */
  readonly node: SchedulableNode | undefined;
  /** The node's capacity, copied from it so that ranking nodes reads only the load (0 once it left the list). */
  readonly cpuCapacity: number;
  readonly memoryCapacity: number;
  readonly addressCapacity: number;
  /** Reserved cpu_shares and mem_limit bytes. */
  readonly cpuShares: number;
  readonly memoryBytes: number;
  readonly containers: number;
  /** Containers on the container network (host-mode containers take no address). */
  readonly addresses: number;
  readonly containerIds: ReadonlySet<string>;
  /** Containers per `serviceKey(application, service)`. */
  readonly services: ReadonlyMap<string, number>;
  /** Host-mode containers per `serviceKey`. */
  readonly hostModeServices: ReadonlyMap<string, number>;
  /** Containers per image reading (see `imageReadings`). */
  readonly images: ReadonlyMap<string, number>;
  /** Host port (`tcp/80`) → the containers holding it. */
  readonly ports: ReadonlyMap<string, readonly string[]>;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
interface Load extends Mutable<Omit<NodeLoad, 'containerIds' | 'services' | 'hostModeServices' | 'images' | 'ports'>> {
  containerIds: Set<string>;
  services: Map<string, number>;
  hostModeServices: Map<string, number>;
  images: Map<string, number>;
  ports: Map<string, string[]>;
}

/** `tcp/80`: how messages and the state name a host port. */
export function portKey(port: HostPort): string {
  return `${port.protocol}/${port.port}`;
}

function setNode(load: Load, node: SchedulableNode | undefined): void {
  load.node = node;
  load.cpuCapacity = node?.cpuShares ?? 0;
  load.memoryCapacity = node?.memoryBytes ?? 0;
  load.addressCapacity = node?.addressCapacity ?? 0;
}

function emptyLoad(nodeId: string, node: SchedulableNode | undefined): Load {
  const load: Load = {
    nodeId,
    node: undefined,
    cpuCapacity: 0,
    memoryCapacity: 0,
    addressCapacity: 0,
    cpuShares: 0,
    memoryBytes: 0,
    containers: 0,
    addresses: 0,
    containerIds: new Set(),
    services: new Map(),
    hostModeServices: new Map(),
    images: new Map(),
    ports: new Map(),
  };
  setNode(load, node);
  return load;
}

/**
 * One cluster's placement index: per-node reservations, host ports, container counts per service and
 * per image. `add`, `remove` and `replaceNodes` touch only what changed, so the deploy engine keeps one
 * per cluster in memory and updates it as containers come and go.
 */
export class PlacementState {
  private readonly loads = new Map<string, Load>();
  private readonly placed = new Map<string, PlacedContainer>();
  private readonly readings = new Map<string, string[]>();
  private ordered: SchedulableNode[] = [];
  /** While `tryOut` runs: the containers added and removed, to undo. */
  private readonly journals: { added: boolean; container: PlacedContainer }[][] = [];

  constructor(nodes: readonly SchedulableNode[], placed: readonly PlacedContainer[] = []) {
    this.replaceNodes(nodes);
    for (const container of placed) this.add(container);
  }

  /** The cluster's nodes by index. */
  get nodes(): readonly SchedulableNode[] {
    return this.ordered;
  }

  /** How many containers are recorded. */
  get size(): number {
    return this.placed.size;
  }

  /** A node's load (also for a node that left the list but still has containers recorded). */
  load(nodeId: string): NodeLoad | undefined {
    return this.loads.get(nodeId);
  }

  /** A recorded container. */
  container(id: string): PlacedContainer | undefined {
    return this.placed.get(id);
  }

  /** The containers recorded on a node, by id (so the order does not depend on the history of adds and removes). */
  containersOn(nodeId: string): PlacedContainer[] {
    const ids = [...(this.loads.get(nodeId)?.containerIds ?? [])].sort();
    return ids.map((id) => this.placed.get(id)).filter((c) => c !== undefined);
  }

  /** Records a container the engine created. */
  add(container: PlacedContainer): void {
    if (this.placed.has(container.id)) throw new Error(`Container ${container.id} is already placed.`);
    this.record(container);
    this.journals.at(-1)?.push({ added: true, container });
  }

  /** Forgets a container (stopped, deleted, lost); returns it, or undefined when it was not recorded. */
  remove(containerId: string): PlacedContainer | undefined {
    const container = this.forget(containerId);
    if (container) this.journals.at(-1)?.push({ added: false, container });
    return container;
  }

  private record(container: PlacedContainer): void {
    let load = this.loads.get(container.nodeId);
    if (!load) {
      load = emptyLoad(container.nodeId, undefined);
      this.loads.set(container.nodeId, load);
    }
    this.placed.set(container.id, container);
    load.containerIds.add(container.id);
    this.account(load, container, 1);
  }

  private forget(containerId: string): PlacedContainer | undefined {
    const container = this.placed.get(containerId);
    const load = container && this.loads.get(container.nodeId);
    if (!container || !load) return undefined;
    this.placed.delete(containerId);
    load.containerIds.delete(containerId);
    this.account(load, container, -1);
    if (!load.node && load.containers === 0) this.loads.delete(load.nodeId);
    return container;
  }

  /** Takes the cluster's current node list (joined, left, tags or status changed); containers stay recorded. */
  replaceNodes(nodes: readonly SchedulableNode[]): void {
    const listed = new Set<string>();
    for (const node of nodes) {
      listed.add(node.id);
      const load = this.loads.get(node.id);
      if (load) setNode(load, node);
      else this.loads.set(node.id, emptyLoad(node.id, node));
    }
    for (const load of this.loads.values()) {
      if (listed.has(load.nodeId)) continue;
      if (load.containers === 0) this.loads.delete(load.nodeId);
      else setNode(load, undefined);
    }
    this.ordered = [...nodes].sort((a, b) => a.index - b.index);
  }

  /**
   * Runs `work`, then undoes every `add` and `remove` made during it: plans (rescheduling, migration)
   * try placements one after another on the real index and leave it as it was, without copying
   * 100,000 containers. `replaceNodes` is not undone.
   */
  tryOut<T>(work: () => T): T {
    const journal: { added: boolean; container: PlacedContainer }[] = [];
    this.journals.push(journal);
    try {
      return work();
    } finally {
      this.journals.pop();
      for (const { added, container } of journal.reverse()) {
        if (added) this.forget(container.id);
        else this.record(container);
      }
    }
  }

  private account(load: Load, container: PlacedContainer, sign: 1 | -1): void {
    const key = serviceKey(container.application, container.service);
    const hostMode = container.networkMode === 'host';
    load.cpuShares += sign * container.cpuShares;
    load.memoryBytes += sign * container.memoryBytes;
    load.containers += sign;
    if (!hostMode) load.addresses += sign;
    increment(load.services, key, sign);
    if (hostMode) increment(load.hostModeServices, key, sign);
    for (const reading of this.readingsOf(container.image)) increment(load.images, reading, sign);
    for (const port of container.hostPorts) {
      const holders = (load.ports.get(portKey(port)) ?? []).filter((id) => id !== container.id);
      if (sign > 0) holders.push(container.id);
      if (holders.length > 0) load.ports.set(portKey(port), holders);
      else load.ports.delete(portKey(port));
    }
  }

  private readingsOf(image: string): string[] {
    let readings = this.readings.get(image);
    if (!readings) {
      readings = imageReadings(image);
      this.readings.set(image, readings);
    }
    return readings;
  }

  /** The service's containers per node, for zone counts and rebalancing. */
  serviceCounts(application: string, service: string): Map<string, number> {
    const key = serviceKey(application, service);
    const counts = new Map<string, number>();
    for (const load of this.loads.values()) {
      const count = load.services.get(key);
      if (count) counts.set(load.nodeId, count);
    }
    return counts;
  }
}

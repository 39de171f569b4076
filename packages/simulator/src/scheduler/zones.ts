import type { Availability } from '@cs/domain';
import { MinHeap } from './heap.ts';
import { increment } from './maps.ts';
import type { NodeLoad, PlacementState } from './state.ts';

/** The distinct zones of the nodes, sorted. */
export function zonesOf(loads: Iterable<NodeLoad>): string[] {
  const zones = new Set<string>();
  for (const load of loads) if (load.node) zones.add(load.node.zone);
  return [...zones].sort();
}

/** The service's existing containers per zone (nodes that left the list have no zone and do not count). */
export function serviceZoneCounts(state: PlacementState, application: string, service: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [nodeId, count] of state.serviceCounts(application, service)) {
    const zone = state.load(nodeId)?.node?.zone;
    if (zone !== undefined) increment(counts, zone, count);
  }
  return counts;
}

/** Zones the service must cover once it has `containers`: N, or one zone per container when it has fewer than N. */
export function zonesToCover(availability: Availability, containers: number): number {
  return Math.min(availability.zones, containers);
}

/** The zones holding at least one of the counted containers, sorted. */
export function coveredZones(counts: ReadonlyMap<string, number>): string[] {
  return [...counts]
    .filter(([, n]) => n > 0)
    .map(([zone]) => zone)
    .sort();
}

/**
 * Hands out the best node, zone by zone: the zone with the fewest containers of the service first
 * (round-robin over zones), the better best node on a tie. Without availability every node is in one
 * group and zones are ignored.
 */
export class ZoneRoundRobin<T> {
  private readonly heaps = new Map<string, MinHeap<T>>();

  constructor(
    private readonly compare: (a: T, b: T) => number,
    /** Containers of the service per zone; updated as items are taken. Undefined: zones are ignored. */
    private readonly counts: Map<string, number> | undefined,
  ) {}

  /** Offers the first nodes in bulk (a heap is built in linear time). */
  addAll(items: readonly T[], zoneOf: (item: T) => string): void {
    const groups = new Map<string, T[]>();
    for (const item of items) {
      const group = this.counts ? zoneOf(item) : '';
      const list = groups.get(group);
      if (list) list.push(item);
      else groups.set(group, [item]);
    }
    for (const [group, list] of groups) this.heaps.set(group, new MinHeap(this.compare, list));
  }

  /** Offers a node (again). */
  add(item: T, zone: string): void {
    const group = this.counts ? zone : '';
    let heap = this.heaps.get(group);
    if (!heap) {
      heap = new MinHeap(this.compare);
      this.heaps.set(group, heap);
    }
    heap.push(item);
  }

  /** Takes the next node (the caller adds it back while it has room), counting it for its zone. */
  take(): T | undefined {
    let best: { group: string; heap: MinHeap<T>; top: T } | undefined;
    for (const [group, heap] of this.heaps) {
      const top = heap.peek();
      if (top === undefined) continue;
      if (!best || this.before(group, top, best.group, best.top)) best = { group, heap, top };
    }
    if (!best) return undefined;
    if (this.counts) increment(this.counts, best.group);
    return best.heap.pop();
  }

  private before(group: string, top: T, bestGroup: string, bestTop: T): boolean {
    const fewer = (this.counts?.get(group) ?? 0) - (this.counts?.get(bestGroup) ?? 0);
    if (fewer !== 0) return fewer < 0;
    const better = this.compare(top, bestTop);
    return better !== 0 ? better < 0 : group < bestGroup;
  }
}

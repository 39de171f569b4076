import type { Random } from '../random.ts';
import { append, increment } from './maps.ts';
import { placeContainers } from './place.ts';
import type { PlacementState } from './state.ts';
import type { ContainerLeft, ContainerMove, PlacedContainer, PlacementRules } from './types.ts';

/** Without Force Reschedule only nodes over both thresholds are relieved (the guide's "Reschedule a service"). */
export const RESCHEDULE_MEMORY_USAGE = 0.6;
export const RESCHEDULE_CPU_USAGE = 0.4;

/** A node's usage from the workload model, each 0..1. */
export interface NodeUsage {
  cpu: number;
  memory: number;
}

/** The Reschedule dialog's two options. */
export interface RescheduleOptions {
  /** Force Reschedule: relieve every node, whatever its usage. */
  force: boolean;
  /** Ignore Local Volumes: move containers with local volumes too (their data is lost). */
  ignoreLocalVolumes: boolean;
}

/** The service to rebalance: its rules and its containers. */
export interface RescheduleService {
  rules: PlacementRules;
  containers: readonly { id: string; hasLocalVolumes: boolean }[];
}

export interface ReschedulePlan {
  moves: ContainerMove[];
  /** Containers on relieved nodes that stay: local volumes. */
  kept: ContainerLeft[];
}

/** Whether a node is loaded enough to be relieved without Force Reschedule: memory over 60 % and CPU over 40 %. */
export function isHighLoad(usage: NodeUsage | undefined): boolean {
  return usage !== undefined && usage.memory > RESCHEDULE_MEMORY_USAGE && usage.cpu > RESCHEDULE_CPU_USAGE;
}

/** The relieved node with the most containers of the service that still has one to move. */
function busiest(
  movable: ReadonlyMap<string, PlacedContainer[]>,
  counts: ReadonlyMap<string, number>,
): string | undefined {
  let best: string | undefined;
  for (const [nodeId, containers] of movable) {
    if (containers.length === 0) continue;
    if (best === undefined || (counts.get(nodeId) ?? 0) > (counts.get(best) ?? 0)) best = nodeId;
  }
  return best;
}

/** Moves one container at a time from the busiest relieved node while that evens the service out. */
function rebalance(run: {
  state: PlacementState;
  rules: PlacementRules;
  movable: Map<string, PlacedContainer[]>;
  busy: readonly string[];
  random: Random;
  plan: ReschedulePlan;
}): void {
  const { state, rules, movable, busy, random, plan } = run;
  const counts = state.serviceCounts(rules.application, rules.service);
  for (let source = busiest(movable, counts); source !== undefined; source = busiest(movable, counts)) {
    const queue = movable.get(source) ?? [];
    const container = queue[0];
    if (!container) break;
    state.remove(container.id);
    const request = { ...rules, count: 1, global: false, excludeNodes: [source, ...busy] };
    const result = placeContainers(state, request, random);
    const target = result.ok ? result.nodeIds[0] : undefined;
    const from = counts.get(source) ?? 0;
    if (target === undefined || (counts.get(target) ?? 0) + 1 >= from) {
      state.add(container);
      movable.delete(source);
      continue;
    }
    state.add({ ...container, nodeId: target });
    increment(counts, source, -1);
    increment(counts, target);
    queue.shift();
    plan.moves.push({ containerId: container.id, fromNodeId: source, toNodeId: target });
  }
}

/**
 * Reschedule a service: moves its containers from high-load nodes to new or low-load nodes until its
 * containers per node even out (a move happens only when the target ends with fewer than the source had).
 * Every move is a placement under all the service's rules; high-load nodes receive nothing unless forced.
 */
export function planReschedule(
  state: PlacementState,
  service: RescheduleService,
  usage: ReadonlyMap<string, NodeUsage>,
  options: RescheduleOptions,
  random: Random,
): ReschedulePlan {
  const { rules } = service;
  const relieved = (nodeId: string) => options.force || isHighLoad(usage.get(nodeId));
  const plan: ReschedulePlan = { moves: [], kept: [] };
  const movable = new Map<string, PlacedContainer[]>();
  for (const { id, hasLocalVolumes } of service.containers) {
    const container = state.container(id);
    if (!container || !relieved(container.nodeId)) continue;
    if (hasLocalVolumes && !options.ignoreLocalVolumes) {
      const reason = 'It has local volumes; select Ignore Local Volumes to move it (its local data is lost).';
      plan.kept.push({ containerId: id, nodeId: container.nodeId, reason });
    } else append(movable, container.nodeId, container);
  }
  const busy = options.force ? [] : state.nodes.filter((n) => isHighLoad(usage.get(n.id))).map((n) => n.id);
  state.tryOut(() => rebalance({ state, rules, movable, busy, random, plan }));
  return plan;
}

import type { Random } from '../random.ts';
import { serviceKey } from './expressions.ts';
import { append } from './maps.ts';
import { placeContainers } from './place.ts';
import type { PlacementState } from './state.ts';
import type { ContainerLeft, ContainerMove, PlacedContainer, PlacementRequest, ServiceRules } from './types.ts';

/** Where the containers of failed or departing nodes go, and those that stay lost. */
export interface EvacuationPlan {
  moves: ContainerMove[];
  lost: ContainerLeft[];
  /** Soft rules (and, on node failure, zone spread) that could not be honoured. */
  warnings: string[];
}

interface Evacuation {
  /** Why a service's containers are not moved, or undefined when they are. */
  stays(rules: ServiceRules): string | undefined;
  /** The request to place them with. */
  request(rules: ServiceRules, count: number, gone: readonly string[]): PlacementRequest;
}

function move(state: PlacementState, container: PlacedContainer, toNodeId: string, plan: EvacuationPlan): void {
  state.add({ ...container, nodeId: toNodeId });
  plan.moves.push({ containerId: container.id, fromNodeId: container.nodeId, toNodeId });
}

/** Places a service's containers together; when not all fit, one at a time, so as many as fit are saved. */
function place(
  state: PlacementState,
  request: PlacementRequest,
  containers: readonly PlacedContainer[],
  random: Random,
  plan: EvacuationPlan,
): void {
  const together = placeContainers(state, request, random);
  if (together.ok) {
    plan.warnings.push(...together.warnings);
    containers.forEach((c, i) => move(state, c, together.nodeIds[i] ?? c.nodeId, plan));
    return;
  }
  for (const container of containers) {
    const one = placeContainers(state, { ...request, count: 1 }, random);
    const toNodeId = one.ok ? one.nodeIds[0] : undefined;
    if (one.ok && toNodeId !== undefined) {
      plan.warnings.push(...one.warnings);
      move(state, container, toNodeId, plan);
    } else plan.lost.push({ containerId: container.id, nodeId: container.nodeId, reason: one.ok ? '' : one.message });
  }
}

function evacuate(
  state: PlacementState,
  nodeIds: readonly string[],
  services: readonly ServiceRules[],
  random: Random,
  evacuation: Evacuation,
): EvacuationPlan {
  const plan: EvacuationPlan = { moves: [], lost: [], warnings: [] };
  const rules = new Map(services.map((s) => [serviceKey(s.application, s.service), s]));
  const byService = new Map<string, PlacedContainer[]>();
  for (const nodeId of nodeIds)
    for (const container of state.containersOn(nodeId)) {
      const key = serviceKey(container.application, container.service);
      append(byService, key, container);
    }
  state.tryOut(() => {
    for (const containers of byService.values()) for (const c of containers) state.remove(c.id);
    for (const [key, containers] of byService) {
      const service = rules.get(key);
      const unknown = `Service ${containers[0]?.service ?? key} is not known to the scheduler.`;
      const reason = service ? evacuation.stays(service) : unknown;
      if (reason !== undefined || !service)
        for (const c of containers) plan.lost.push({ containerId: c.id, nodeId: c.nodeId, reason: reason ?? unknown });
      else place(state, evacuation.request(service, containers.length, nodeIds), containers, random, plan);
    }
  });
  plan.warnings = [...new Set(plan.warnings)];
  return plan;
}

function globalStays(rules: ServiceRules): string | undefined {
  return rules.global ? `Service ${rules.service} is global: it runs one container on each node.` : undefined;
}

/**
 * Container rescheduling on node failure: containers of services with `reschedule:on-node-failure`
 * get a new node (zone spread is tried, not required, so a zone outage does not lose them); the others
 * stay lost, with the reason.
 */
export function planNodeFailure(
  state: PlacementState,
  failedNodeIds: readonly string[],
  services: readonly ServiceRules[],
  random: Random,
): EvacuationPlan {
  return evacuate(state, failedNodeIds, services, random, {
    stays: (rules) =>
      globalStays(rules) ??
      (rules.reschedule === 'on-node-failure'
        ? undefined
        : `Container rescheduling is disabled for service ${rules.service} (reschedule:on-node-failure is not set).`),
    request: (rules, count, gone) => ({
      ...rules,
      count,
      global: false,
      excludeNodes: gone,
      ...(rules.availability ? { availability: { ...rules.availability, hard: false } } : {}),
    }),
  });
}

/** Container Migration (remove or reset a node with Migrate Containers): every container moves under all its rules. */
export function planMigration(
  state: PlacementState,
  nodeIds: readonly string[],
  services: readonly ServiceRules[],
  random: Random,
): EvacuationPlan {
  return evacuate(state, nodeIds, services, random, {
    stays: globalStays,
    request: (rules, count, gone) => ({ ...rules, count, global: false, excludeNodes: gone }),
  });
}

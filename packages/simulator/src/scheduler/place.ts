import type { Random } from '../random.ts';
import { availabilityOutcome, checkAvailability } from './availability.ts';
import { explainShortage } from './explain-room.ts';
import { serviceKey } from './expressions.ts';
import { eligibleNodes } from './filter.ts';
import { increment } from './maps.ts';
import { reservationRatio, roomLimits, roomOn } from './resources.ts';
import { antiAffinityWithItself, softRules } from './rules.ts';
import type { SoftRule } from './rules.ts';
import type { NodeLoad, PlacementState } from './state.ts';
import type { PlacementRequest, PlacementResult } from './types.ts';
import { counted, listedNodes } from './wording.ts';
import { serviceZoneCounts, ZoneRoundRobin } from './zones.ts';

/** A candidate node and what this request has given it so far (numbers copied, so comparing reads no load). */
interface Slot {
  load: NodeLoad;
  zone: string;
  room: number;
  added: number;
  /** Containers of the service, and of all services, already on the node. */
  service: number;
  total: number;
  /** Soft rules the node breaks now. */
  violations: number;
  ratio: number;
  tiebreak: number;
}

/** Soft rules kept first, then fewest of the service, fewest overall, lowest reservation ratio, the seeded draw. */
function compareSlots(a: Slot, b: Slot): number {
  return (
    a.violations - b.violations ||
    a.service + a.added - (b.service + b.added) ||
    a.total + a.added - (b.total + b.added) ||
    a.ratio - b.ratio ||
    a.tiebreak - b.tiebreak
  );
}

function violations(soft: readonly SoftRule[], slot: Slot): number {
  let broken = 0;
  for (const rule of soft) if (!rule.holds(slot.load, slot.added)) broken++;
  return broken;
}

/**
 * Chooses a node for each new container of a service, honouring every hard rule of the guide and
 * preferring the soft ones; the state is not changed (a preview and a real deployment call the same
 * function; the caller `add`s what it creates). Hard filters run once per request, then a heap per
 * zone hands out nodes in O(count · log nodes).
 */
export function placeContainers(state: PlacementState, request: PlacementRequest, random: Random): PlacementResult {
  const eligible = eligibleNodes(state, request);
  if (!eligible.ok) return eligible;
  const key = serviceKey(request.application, request.service);
  const loads = request.global ? eligible.loads.filter((l) => !l.services.has(key)) : eligible.loads;
  const asked = Number.isFinite(request.count) ? Math.max(0, Math.floor(request.count)) : 0;
  const count = request.global ? loads.length : asked;
  if (count === 0) return { ok: true, nodeIds: [], warnings: [] };
  const availability = request.global ? undefined : request.availability;
  const limits = roomLimits(request, antiAffinityWithItself(request));
  const rooms = loads.map((l) => Math.min(request.global ? 1 : count, roomOn(l, limits)));
  const roomy = loads.filter((_, i) => (rooms[i] ?? 0) > 0);
  const warnings: string[] = [];
  const needed = request.global ? Math.max(1, roomy.length) : count;
  if (rooms.reduce((a, b) => a + b, 0) < needed) {
    const shortage = { state, rules: request, limits, loads, count, narrowing: eligible.narrowing };
    return { ok: false, ...explainShortage(shortage) };
  }
  if (request.global && roomy.length < loads.length) {
    const full = loads.filter((_, i) => rooms[i] === 0);
    const rules = limits.filter((l) => full.some((load) => l.room(load) === 0)).map((l) => l.rule);
    warnings.push(`Global service ${request.service} has no room on ${listedNodes(full)} (${rules.join(', ')}).`);
  }
  const zoneCounts = availability && serviceZoneCounts(state, request.application, request.service);
  if (availability && zoneCounts) {
    const { available, narrowing } = eligible;
    const failure = checkAvailability({
      availability,
      available,
      eligible: loads,
      narrowing,
      roomy,
      existing: zoneCounts,
    });
    if (failure) return failure;
  }
  const soft = softRules(request);
  const spread = new ZoneRoundRobin<Slot>(compareSlots, zoneCounts && new Map(zoneCounts));
  const slots: Slot[] = [];
  loads.forEach((load, i) => {
    const room = rooms[i] ?? 0;
    if (room === 0) return;
    const service = load.services.get(key) ?? 0;
    const zone = load.node?.zone ?? '';
    const slot = { load, zone, room, added: 0, service, total: load.containers, violations: 0, ratio: 0, tiebreak: 0 };
    slot.violations = violations(soft, slot);
    slot.ratio = reservationRatio(load, request, 0);
    slot.tiebreak = random.next();
    slots.push(slot);
  });
  spread.addAll(slots, (slot) => slot.zone);
  const nodeIds: string[] = [];
  const broken = new Map<string, number>();
  while (nodeIds.length < count) {
    const slot = spread.take();
    if (!slot) break;
    for (const rule of soft) if (!rule.holds(slot.load, slot.added)) increment(broken, rule.rule);
    nodeIds.push(slot.load.nodeId);
    slot.added++;
    slot.room--;
    slot.violations = violations(soft, slot);
    slot.ratio = reservationRatio(slot.load, request, slot.added);
    if (slot.room > 0) spread.add(slot, slot.zone);
  }
  for (const [rule, times] of broken)
    warnings.push(`${rule} could not be honoured for ${times} of ${counted(nodeIds.length, 'container')}.`);
  if (availability && zoneCounts) {
    const zones = availabilityOutcome(availability, zoneCounts, nodeIds, state);
    if (zones.failure) return zones.failure;
    warnings.push(...zones.warnings);
  }
  return { ok: true, nodeIds, warnings };
}

import type { Availability } from '@cs/domain';
import { availabilityExpression, explainTooFewZones, explainZonesNotCovered } from './explain.ts';
import { increment } from './maps.ts';
import type { NodeLoad, PlacementState } from './state.ts';
import { coveredZones, zonesOf, zonesToCover } from './zones.ts';

type Failure = { ok: false; rule: string; message: string };

/** What the zone check before placing needs: the eligibility outcome and the nodes with room. */
export interface ZoneCheck {
  availability: Availability;
  available: readonly NodeLoad[];
  eligible: readonly NodeLoad[];
  narrowing: readonly string[];
  roomy: readonly NodeLoad[];
  /** The service's existing containers per zone. */
  existing: ReadonlyMap<string, number>;
}

function reachable(loads: readonly NodeLoad[], covered: readonly string[]): string[] {
  return [...new Set([...zonesOf(loads), ...covered])].sort();
}

/** Before placing, `availability:az==N` (hard): the zones the service has or can reach must number N. */
export function checkAvailability(check: ZoneCheck): Failure | undefined {
  const { availability } = check;
  if (!availability.hard) return undefined;
  const rule = availabilityExpression(availability);
  const covered = coveredZones(check.existing);
  const cluster = reachable(check.available, covered);
  if (cluster.length < availability.zones)
    return { ok: false, rule, message: explainTooFewZones(availability, cluster, undefined) };
  const eligible = reachable(check.eligible, covered);
  if (eligible.length < availability.zones) {
    const cause = check.narrowing.length > 0 ? { narrowing: check.narrowing } : undefined;
    const message = explainTooFewZones(availability, eligible, cause);
    return { ok: false, rule, message };
  }
  const roomy = reachable(check.roomy, covered);
  if (roomy.length >= availability.zones) return undefined;
  const full = eligible.filter((zone) => !roomy.includes(zone));
  return { ok: false, rule, message: explainTooFewZones(availability, roomy, { full }) };
}

/** After placing: the zones the service covers; too few fails `az==N` and warns for `az==~N`. */
export function availabilityOutcome(
  availability: Availability,
  existing: ReadonlyMap<string, number>,
  nodeIds: readonly string[],
  state: PlacementState,
): { failure?: Failure; warnings: string[] } {
  const counts = new Map(existing);
  for (const id of nodeIds) {
    const zone = state.load(id)?.node?.zone;
    if (zone !== undefined) increment(counts, zone);
  }
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const covered = coveredZones(counts);
  if (covered.length >= zonesToCover(availability, total)) return { warnings: [] };
  const message = explainZonesNotCovered(availability, covered);
  if (availability.hard)
    return { failure: { ok: false, rule: availabilityExpression(availability), message }, warnings: [] };
  return { warnings: [message] };
}

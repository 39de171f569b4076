/** A server as weighted round-robin sees it: its share of the traffic and its running credit. */
export interface RoundRobinSlot {
  weight: number;
  current: number;
}

/**
 * nginx's smooth weighted round-robin, the spread HAProxy's roundrobin also gives: every slot earns
 * its weight, the richest is chosen and pays the total back. Weights may be fractional; weights 2:1 give
 * a, b, a, a, b, a… rather than a, a, b. The first of equally rich slots wins, so it is deterministic.
 */
export function pickSmoothly<S extends RoundRobinSlot>(slots: readonly S[]): S | undefined {
  let chosen: S | undefined;
  let total = 0;
  for (const slot of slots) {
    slot.current += slot.weight;
    total += slot.weight;
    if (chosen === undefined || slot.current > chosen.current) chosen = slot;
  }
  if (chosen) chosen.current -= total;
  return chosen;
}

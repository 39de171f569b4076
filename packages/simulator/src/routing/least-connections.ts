import type { RoundRobinSlot } from './smooth-round-robin.ts';
import { pickSmoothly } from './smooth-round-robin.ts';

export interface LeastConnectionsSlot extends RoundRobinSlot {
  inFlight: number;
}

/**
 * HAProxy's `balance leastconn`: the slot with the fewest requests in flight for its weight (with
 * equal weights, simply the fewest), round-robin among the slots that tie.
 */
export function pickLeastLoaded<S extends LeastConnectionsSlot>(slots: readonly S[]): S | undefined {
  let tied: S[] = [];
  let lowest = Infinity;
  for (const slot of slots) {
    const load = (slot.inFlight + 1) / slot.weight;
    if (load < lowest) {
      lowest = load;
      tied = [slot];
    } else if (load === lowest) tied.push(slot);
  }
  return pickSmoothly(tied);
}

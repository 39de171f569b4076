import { hashSeed } from '../random.ts';

/** murmur3's finalizer: stirs every input bit into the top bits, which are the ones that pick the slot. */
function mix(hash: number): number {
  let h = hash;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * HAProxy's `balance source`: the client address hashed onto the slots' cumulative weights, so the
 * same address reaches the same server for as long as the servers and their weights stay the same.
 */
export function pickBySource<S extends { weight: number }>(slots: readonly S[], clientIp: string): S | undefined {
  const total = slots.reduce((sum, slot) => sum + slot.weight, 0);
  if (!(total > 0)) return undefined;
  let point = (mix(hashSeed(clientIp)) / 2 ** 32) * total;
  for (const slot of slots) {
    point -= slot.weight;
    if (point < 0) return slot;
  }
  return slots[slots.length - 1];
}

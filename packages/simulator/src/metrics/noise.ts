/**
 * Random access noise: a value for any (seed, index) without walking a sequence, so a sample of
 * any second of any week is derived alone. A 32-bit integer hash (lowbias32), not a generator.
 */
export function unitNoise(seed: number, index: number): number {
  let x = (seed ^ Math.imul(index | 0, 0x9e3779b1)) >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return ((x >>> 0) / 4294967295) * 2 - 1;
}

/** Noise in [-1, 1] that moves smoothly: seeded knots every `periodMs`, straight lines between. */
export function smoothNoise(seed: number, at: number, periodMs: number): number {
  const position = at / periodMs;
  const knot = Math.floor(position);
  const fraction = position - knot;
  const a = unitNoise(seed, knot);
  return a + (unitNoise(seed, knot + 1) - a) * fraction;
}

import { describe, expect, it } from 'vitest';
import { pickBySource } from './source-hash.ts';

const slots = [
  { name: 'a', weight: 50 },
  { name: 'b', weight: 50 },
  { name: 'c', weight: 100 },
];
const addresses = Array.from({ length: 10_000 }, (_, i) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`);

describe('pickBySource', () => {
  it('sends the same address to the same slot every time', () => {
    for (const ip of addresses.slice(0, 100)) {
      expect(pickBySource(slots, ip)).toBe(pickBySource(slots, ip));
    }
  });

  it('spreads neighbouring addresses by weight (within ±5%)', () => {
    const counts = new Map<string, number>();
    for (const ip of addresses) {
      const name = pickBySource(slots, ip)!.name;
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    expect(Math.abs(counts.get('a')! - 2500)).toBeLessThan(500);
    expect(Math.abs(counts.get('b')! - 2500)).toBeLessThan(500);
    expect(Math.abs(counts.get('c')! - 5000)).toBeLessThan(500);
  });

  it('answers undefined when no slot has weight', () => {
    expect(pickBySource([], '10.0.0.1')).toBeUndefined();
    expect(pickBySource([{ weight: 0 }], '10.0.0.1')).toBeUndefined();
  });
});

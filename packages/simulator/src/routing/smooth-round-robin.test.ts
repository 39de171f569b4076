import { describe, expect, it } from 'vitest';
import { pickSmoothly } from './smooth-round-robin.ts';

const slots = (weights: Record<string, number>) =>
  Object.entries(weights).map(([name, weight]) => ({ name, weight, current: 0 }));

const sequence = (weights: Record<string, number>, count: number) => {
  const all = slots(weights);
  return Array.from({ length: count }, () => pickSmoothly(all)?.name).join('');
};

describe('pickSmoothly', () => {
  it('interleaves by weight instead of sending bursts', () => {
    expect(sequence({ a: 2, b: 1 }, 6)).toBe('abaaba');
    expect(sequence({ a: 5, b: 1, c: 1 }, 7)).toBe('aabacaa');
    expect(sequence({ a: 1, b: 1, c: 1 }, 6)).toBe('abcabc');
  });

  it('splits fractional weights exactly over a period', () => {
    const counts: Record<string, number> = {};
    for (const name of sequence({ a: 100 / 3, b: 100 / 3, c: 100 / 3, d: 100 }, 600)) {
      counts[name] = (counts[name] ?? 0) + 1;
    }
    expect(counts).toEqual({ a: 100, b: 100, c: 100, d: 300 });
  });

  it('answers undefined for no slots', () => {
    expect(pickSmoothly([])).toBeUndefined();
  });
});

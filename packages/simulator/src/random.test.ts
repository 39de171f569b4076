import { describe, expect, it } from 'vitest';
import { randomId, randomInt, seededRandom } from './random.ts';

describe('seededRandom', () => {
  it('repeats its sequence for the same seed', () => {
    const a = seededRandom('cluster-1');
    const b = seededRandom('cluster-1');
    expect([a.next(), a.next(), a.next()]).toEqual([b.next(), b.next(), b.next()]);
  });
  it('differs between seeds', () => {
    expect(seededRandom('a').next()).not.toEqual(seededRandom('b').next());
  });
  it('stays within [0, 1) and covers the range', () => {
    const random = seededRandom(42);
    const values = Array.from({ length: 10_000 }, () => random.next());
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(values.filter((v) => v < 0.5).length).toBeGreaterThan(4_800);
    expect(values.filter((v) => v < 0.5).length).toBeLessThan(5_200);
  });
});

describe('randomInt and randomId', () => {
  it('draws integers within the bounds, both included', () => {
    const random = seededRandom(7);
    const draws = new Set(Array.from({ length: 500 }, () => randomInt(random, 3, 5)));
    expect([...draws].sort()).toEqual([3, 4, 5]);
  });
  it('builds ids of the asked length from lowercase letters and digits', () => {
    expect(randomId(seededRandom(1), 20)).toMatch(/^[a-z0-9]{20}$/);
  });
});

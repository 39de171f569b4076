import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IntervalOwners } from './intervals.ts';
import type { OwnedInterval } from './intervals.ts';

/** The two smallest distinct owners containing a point, by looking at every interval. */
function bruteForce(intervals: readonly OwnedInterval[], point: number): [number, number] {
  const owners = [...new Set(intervals.filter((i) => i.start <= point && point <= i.end).map((i) => i.owner))];
  owners.sort((a, b) => a - b);
  return [owners[0] ?? Infinity, owners[1] ?? Infinity];
}

describe('IntervalOwners', () => {
  it('gives the smallest owners of the intervals that contain a point', () => {
    const index = new IntervalOwners([
      { start: 80, end: 80, owner: 2 },
      { start: 8000, end: 8010, owner: 0 },
      { start: 8005, end: 8005, owner: 1 },
    ]);
    expect(index.owners(8005)).toEqual([0, 1]);
    expect(index.owners(80)).toEqual([2, Infinity]);
    expect(index.owners(81)).toEqual([Infinity, Infinity]);
    expect(index.firstOtherThan(0, 8005)).toBe(1);
    expect(index.firstOtherThan(0, 8010)).toBeUndefined();
    expect(new IntervalOwners([]).owners(1)).toEqual([Infinity, Infinity]);
  });

  it('agrees with looking at every interval', () => {
    const interval = fc
      .record({ start: fc.integer({ min: 1, max: 60 }), length: fc.integer({ min: 0, max: 20 }), owner: fc.nat(6) })
      .map(({ start, length, owner }) => ({ start, end: start + length, owner }));
    fc.assert(
      fc.property(fc.array(interval, { maxLength: 30 }), fc.integer({ min: 0, max: 90 }), (intervals, point) => {
        expect(new IntervalOwners(intervals).owners(point)).toEqual(bruteForce(intervals, point));
      }),
    );
  });
});

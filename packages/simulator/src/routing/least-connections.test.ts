import { describe, expect, it } from 'vitest';
import { pickLeastLoaded } from './least-connections.ts';

const slots = (...inFlight: number[]) =>
  inFlight.map((count, i) => ({ name: `s${i}`, weight: 50, current: 0, inFlight: count }));

describe('pickLeastLoaded', () => {
  it('takes the slot with the fewest requests in flight', () => {
    expect(pickLeastLoaded(slots(3, 1, 2))?.name).toBe('s1');
  });

  it('goes round-robin among the slots that tie', () => {
    const all = slots(0, 5, 0, 0);
    expect(Array.from({ length: 6 }, () => pickLeastLoaded(all)?.name)).toEqual(['s0', 's2', 's3', 's0', 's2', 's3']);
  });

  it('weighs the load: a slot of double weight carries double the requests before it loses', () => {
    const all = [
      { name: 'heavy', weight: 100, current: 0, inFlight: 1 },
      { name: 'light', weight: 50, current: 0, inFlight: 1 },
    ];
    expect(pickLeastLoaded(all)?.name).toBe('heavy');
    all[0]!.inFlight = 4;
    expect(pickLeastLoaded(all)?.name).toBe('light');
  });

  it('answers undefined for no slots', () => {
    expect(pickLeastLoaded([])).toBeUndefined();
  });
});

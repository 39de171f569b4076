import { describe, expect, it } from 'vitest';
import { ManualClock, RealClock } from './clock.ts';

describe('ManualClock', () => {
  it('fires timers in due order and only when time reaches them', async () => {
    const clock = new ManualClock(0);
    const fired: string[] = [];
    clock.setTimeout(() => fired.push('late'), 300);
    clock.setTimeout(() => fired.push('early'), 100);
    await clock.advance(99);
    expect(fired).toEqual([]);
    await clock.advance(201);
    expect(fired).toEqual(['early', 'late']);
    expect(clock.now()).toBe(300);
  });

  it('fires a timer set by another timer within the same advance', async () => {
    const clock = new ManualClock(0);
    const fired: number[] = [];
    clock.setTimeout(() => {
      fired.push(clock.now());
      clock.setTimeout(() => fired.push(clock.now()), 50);
    }, 100);
    await clock.advance(1_000);
    expect(fired).toEqual([100, 150]);
  });

  it('forgets cleared timers', async () => {
    const clock = new ManualClock(0);
    let fired = false;
    clock.clearTimeout(clock.setTimeout(() => (fired = true), 10));
    await clock.advance(20);
    expect(fired).toBe(false);
    expect(clock.pending).toBe(0);
  });
});

describe('RealClock', () => {
  it('refuses a speed that is not positive', () => {
    expect(() => new RealClock(0)).toThrow(RangeError);
  });
  it('starts at the time it is given when that is later than now, and never before now', () => {
    const later = Date.now() + 3_600_000;
    expect(new RealClock(1, later).now()).toBeGreaterThanOrEqual(later);
    expect(new RealClock(1, 0).now()).toBeGreaterThanOrEqual(Date.now() - 1_000);
  });
  it('scales timers by its speed', async () => {
    const clock = new RealClock(1_000);
    const started = Date.now();
    await new Promise<void>((resolve) => clock.setTimeout(resolve, 5_000));
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});

import { describe, expect, it } from 'vitest';
import { beijingTime } from './schedule.utils.ts';

describe('beijingTime', () => {
  it('shows a moment at UTC+8, across the new year', () => {
    expect(beijingTime('2026-12-31T15:30:00.000Z')).toBe('2026-12-31 23:30');
    expect(beijingTime('2026-12-31T16:00:00.000Z')).toBe('2027-01-01 00:00');
  });

  it('shows a dash for no moment', () => {
    expect(beijingTime(null)).toBe('-');
  });
});

import { describe, expect, it } from 'vitest';
import { formatDateTime } from './date-time.utils.ts';

describe('formatDateTime', () => {
  it('writes local date and time as YYYY-MM-DD HH:mm:ss', () => {
    expect(formatDateTime(new Date(2017, 2, 31, 22, 32, 40).toISOString())).toBe('2017-03-31 22:32:40');
    expect(formatDateTime(new Date(2026, 0, 5, 7, 8, 9).toISOString())).toBe('2026-01-05 07:08:09');
  });

  it('leaves text that is no date as it is', () => {
    expect(formatDateTime('soon')).toBe('soon');
  });
});

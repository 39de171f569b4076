import { describe, expect, it } from 'vitest';
import { formatAxisTime, formatPointTime, timeTicks } from './metric-time.utils.ts';

const at = (text: string) => new Date(text).getTime(); // local time, as the console shows it

describe('formatAxisTime', () => {
  it('shows hours and minutes up to a day, the date over a week', () => {
    const t = at('2026-12-02T14:05:30');
    expect(formatAxisTime(t, '1h')).toBe('14:05');
    expect(formatAxisTime(t, '24h')).toBe('14:05');
    expect(formatAxisTime(t, '7d')).toBe('12-02');
  });
});

describe('formatPointTime', () => {
  it('shows the full local time of a point', () => {
    expect(formatPointTime(at('2026-03-04T05:06:07'))).toBe('2026-03-04 05:06:07');
  });
});

describe('timeTicks', () => {
  it('puts an hour’s labels on round ten minutes', () => {
    const ticks = timeTicks(at('2026-12-02T13:07:10'), at('2026-12-02T14:07:10'), '1h');
    expect(ticks.map((t) => formatAxisTime(t, '1h'))).toEqual(['13:10', '13:20', '13:30', '13:40', '13:50', '14:00']);
  });

  it('puts a week’s labels on local midnights', () => {
    const ticks = timeTicks(at('2026-11-25T09:00:00'), at('2026-12-02T09:00:00'), '7d');
    expect(ticks).toHaveLength(7);
    for (const t of ticks) expect(formatPointTime(t).endsWith('00:00:00')).toBe(true);
  });

  it('includes a label on the window’s end', () => {
    const ticks = timeTicks(at('2026-12-02T08:00:00'), at('2026-12-02T14:00:00'), '6h');
    expect(ticks).toHaveLength(7);
    expect(ticks.at(-1)).toBe(at('2026-12-02T14:00:00'));
  });
});

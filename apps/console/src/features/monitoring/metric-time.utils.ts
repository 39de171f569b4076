import type { MetricRange } from '@cs/contracts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The spacing of the time axis's labels for each range: every 10 minutes of an hour, every day of a week. */
export const TICK_SPACING: Record<MetricRange, number> = { '1h': 10 * MINUTE, '6h': HOUR, '24h': 4 * HOUR, '7d': DAY };

const pad = (n: number) => String(n).padStart(2, '0');

/** A time axis label for the range, in the browser's time zone: "14:20", or "12-01" over a week. */
export function formatAxisTime(ms: number, range: MetricRange): string {
  const d = new Date(ms);
  if (range === '7d') return `${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A point's time in the tooltip: "2026-12-02 14:20:30". */
export function formatPointTime(ms: number): string {
  const d = new Date(ms);
  return (
    `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ` +
    `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`
  );
}

/** The time axis's labels between `from` and `to`: on round local times (whole hours, midnights). */
export function timeTicks(from: number, to: number, range: MetricRange): number[] {
  const spacing = TICK_SPACING[range];
  // Round in local time: shift by the zone's offset, round, shift back.
  const offset = -new Date(from).getTimezoneOffset() * MINUTE;
  const first = Math.ceil((from + offset) / spacing) * spacing - offset;
  const ticks: number[] = [];
  for (let t = first; t <= to; t += spacing) ticks.push(t);
  return ticks;
}

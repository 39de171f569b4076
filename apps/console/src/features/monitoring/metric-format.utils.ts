import type { MetricUnit } from '@cs/contracts';

/** How a chart's values are measured: a built-in item's unit, or a plain number (custom series). */
export type ChartUnit = MetricUnit | 'number';

const BYTE_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'] as const;
const KIB = 1024;

/** The power of 1024 a byte amount is best shown in (0 for B, 1 for KiB, …). */
function bytePower(bytes: number): number {
  const abs = Math.abs(bytes);
  if (abs < KIB) return 0;
  return Math.min(BYTE_UNITS.length - 1, Math.floor(Math.log(abs) / Math.log(KIB)));
}

/** Three significant figures at most, so 1.23, 12.3 and 123 take about the same width. */
function significant(value: number): string {
  const abs = Math.abs(value);
  const digits = abs === 0 || abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
  return Number(value.toFixed(digits)).toString();
}

function suffix(unit: ChartUnit, power: number): string {
  if (unit === 'percent') return ' %';
  if (unit === 'bytes') return ` ${BYTE_UNITS[power]}`;
  if (unit === 'bytesPerSecond') return ` ${BYTE_UNITS[power]}/s`;
  return '';
}

/** A value as the tooltip and the latest-value caption show it: "12.3 %", "1.5 GiB", "820 KiB/s"; "No data" for a gap. */
export function formatMetricValue(value: number | null | undefined, unit: ChartUnit): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'No data';
  const power = unit === 'bytes' || unit === 'bytesPerSecond' ? bytePower(value) : 0;
  return `${significant(value / KIB ** power)}${suffix(unit, power)}`;
}

/** The smallest "nice" step (1, 2, 2.5 or 5 times a power of ten) of at least `rough`. */
export function niceStep(rough: number): number {
  if (!(rough > 0)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * magnitude >= rough * (1 - 1e-9)) ?? 10;
  return step * magnitude;
}

/** The y axis of a chart: round ticks in the unit the largest value is shown in (0, 256, 512, 768 MiB). */
export interface ValueAxis {
  ticks: number[];
  /** Formats a tick with the axis's one unit, so every label reads alike. */
  format: (value: number) => string;
}

/** The y axis for values up to `max`: about four steps from zero, round in the unit of `max`. */
export function valueAxis(max: number, unit: ChartUnit): ValueAxis {
  const binary = unit === 'bytes' || unit === 'bytesPerSecond';
  const power = binary ? bytePower(max) : 0;
  const scale = KIB ** power;
  const top = max > 0 ? max / scale : unit === 'percent' ? 100 : 1;
  const step = niceStep(top / 4);
  const count = Math.max(1, Math.ceil(top / step - 1e-9));
  const ticks = Array.from({ length: count + 1 }, (_, i) => i * step * scale);
  const unitText = suffix(unit, power);
  // A no-break space: recharts wraps a tick label at spaces when it is wider than the axis.
  const label = unitText.replace(' ', '\u00a0');
  return { ticks, format: (value) => `${Number((value / scale).toFixed(6)).toString()}${label}` };
}

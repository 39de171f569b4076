import type { Reporter } from '../diagnostics.ts';
import type { LabelEntry } from './parse.ts';

/** Reads a `true`/`false` label; anything else is reported and read as undefined. */
export function labelBoolean(
  entry: LabelEntry | undefined,
  report: Reporter,
  code = 'invalid-label-value',
): boolean | undefined {
  if (!entry || entry.unresolved) return undefined;
  const text = entry.value.trim().toLowerCase();
  if (text === 'true') return true;
  if (text === 'false') return false;
  report.error(code, `\`${entry.key}\` must be true or false.`, entry.valueAt);
  return undefined;
}

/** Parses a whole number written as text (`"3"`, `3`), or undefined. */
export function wholeNumber(text: string): number | undefined {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : undefined;
}

/** Reads a whole-number label within [min, max]; reports `message` when it is not one. */
export function labelInteger(
  entry: LabelEntry | undefined,
  report: Reporter,
  { code, min, max, message }: { code: string; min: number; max: number; message: string },
): number | undefined {
  if (!entry || entry.unresolved) return undefined;
  const n = wholeNumber(entry.value);
  if (n === undefined || n < min || n > max) {
    report.error(code, message, entry.valueAt);
    return undefined;
  }
  return n;
}

/** A port number 1–65535 written as text, or undefined. */
export function portNumber(text: string): number | undefined {
  const n = wholeNumber(text);
  return n !== undefined && n >= 1 && n <= 65535 ? n : undefined;
}

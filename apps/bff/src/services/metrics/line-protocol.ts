import { InputError } from '@cs/domain';

/** One point of InfluxDB line protocol: `measurement[,tag=v…] field=v[,field=v…] [timestamp]`. */
export interface LinePoint {
  measurement: string;
  tags: Record<string, string>;
  /** Numeric and boolean fields (as 1/0); string fields are not monitoring values and are dropped. */
  fields: Record<string, number>;
  /** Unix milliseconds; null when the line gave none. */
  at: number | null;
}

export const MAX_LINES = 500;
export const MAX_LINE_LENGTH = 4_096;
export const MAX_FIELDS = 64;
const NAME = /^[A-Za-z_][A-Za-z0-9_.-]{0,63}$/;
/** Tag values are free text, but never control characters (PostgreSQL text cannot hold NUL). */
const tagValueValid = (value: string) => value.length >= 1 && value.length <= 256 && !/\p{Cc}/u.test(value);

/** Splits at unescaped `separator` outside double quotes (InfluxDB's `\,`, `\ `, `\=` escapes). */
function split(text: string, separator: string, limit = Infinity): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\' && i + 1 < text.length) {
      current += c + text[++i]!;
    } else if (c === '"') {
      quoted = !quoted;
      current += c;
    } else if (c === separator && !quoted && parts.length < limit - 1) {
      parts.push(current);
      current = '';
    } else current += c;
  }
  parts.push(current);
  return parts;
}

const unescape = (text: string) => text.replace(/\\([,= \\"])/g, '$1');

function fieldValue(raw: string): number | undefined {
  if (/^[tT](rue)?$|^TRUE$|^True$/.test(raw)) return 1;
  if (/^[fF](alse)?$|^FALSE$|^False$/.test(raw)) return 0;
  if (raw.startsWith('"')) return undefined;
  const number = /^-?\d+[iu]$/.test(raw) ? Number(raw.slice(0, -1)) : Number(raw);
  if (raw === '' || !Number.isFinite(number))
    throw new Error(`the field value ${raw.slice(0, 40)} is not a number, boolean or string`);
  return number;
}

function parseLine(line: string): LinePoint {
  const [head = '', fieldSet = '', timestamp, ...rest] = split(line, ' ');
  if (rest.length > 0 || fieldSet === '') throw new Error('expected measurement[,tags] fields [timestamp]');
  const [measurement = '', ...tagPairs] = split(head, ',').map(unescape);
  if (!NAME.test(measurement)) throw new Error(`the measurement name ${measurement.slice(0, 40)} is not valid`);
  const tags: Record<string, string> = {};
  for (const pair of tagPairs) {
    const [key = '', value = ''] = split(pair, '=', 2).map(unescape);
    if (!NAME.test(key) || !tagValueValid(value)) throw new Error(`the tag ${pair.slice(0, 40)} is not key=value`);
    tags[key] = value;
  }
  const fields: Record<string, number> = {};
  const pairs = split(fieldSet, ',');
  if (pairs.length > MAX_FIELDS) throw new Error(`at most ${MAX_FIELDS} fields a line`);
  for (const pair of pairs) {
    const [key = '', raw] = split(pair, '=', 2);
    const name = unescape(key);
    if (!NAME.test(name) || raw === undefined) throw new Error(`the field ${pair.slice(0, 40)} is not key=value`);
    const value = fieldValue(raw);
    if (value !== undefined) fields[name] = value;
  }
  if (timestamp !== undefined && !/^-?\d{1,19}$/.test(timestamp)) throw new Error('the timestamp is not nanoseconds');
  return { measurement, tags, fields, at: timestamp === undefined ? null : Number(BigInt(timestamp) / 1_000_000n) };
}

/** Parses a body of line protocol; any bad line is a 400 naming it, and nothing is stored. */
export function parseLineProtocol(body: string): LinePoint[] {
  const lines = body
    .split('\n')
    .map((l) => l.replace(/\r$/, ''))
    .filter((l) => l.trim() !== '' && !l.startsWith('#'));
  if (lines.length === 0)
    throw new InputError([{ field: '(body)', message: 'Send at least one line of InfluxDB line protocol.' }]);
  if (lines.length > MAX_LINES)
    throw new InputError([{ field: '(body)', message: `Send at most ${MAX_LINES} lines at a time.` }]);
  return lines.map((line, i) => {
    try {
      if (line.length > MAX_LINE_LENGTH) throw new Error(`a line is at most ${MAX_LINE_LENGTH} characters`);
      return parseLine(line);
    } catch (error) {
      throw new InputError([{ field: `line ${i + 1}`, message: `Line ${i + 1}: ${(error as Error).message}.` }]);
    }
  });
}

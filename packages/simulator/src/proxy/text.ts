import { PROXY_LIMITS } from './limits.ts';

/** Collects what the generator refused or changed, in words a template author understands. */
export type Warn = (message: string) => void;

// eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
const CONTROL = /[\u0000-\u001f\u007f]/;

/** A value shown inside a warning: short, and with its newlines and quotes visible. */
export function shown(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
}

/**
 * One line of free text (EXTRA_* settings): anything but a control character, since a newline
 * would start another HAProxy directive where the guide allows only one.
 */
export function singleLine(name: string, raw: string, warn: Warn, limit: number = PROXY_LIMITS.valueLength) {
  if (raw.length > limit) {
    warn(`${name} is longer than ${limit} characters; ignored.`);
    return undefined;
  }
  if (CONTROL.test(raw)) {
    warn(`${name} contains a line break or another control character (${shown(raw)}); ignored.`);
    return undefined;
  }
  if (!balancedQuotes(raw)) {
    warn(`${name} has an unmatched quote or a trailing backslash (${shown(raw)}); ignored.`);
    return undefined;
  }
  return raw.trim();
}

/** Whether HAProxy's line parser would find every quote closed (`\` escapes outside single quotes). */
function balancedQuotes(text: string): boolean {
  let quote: string | undefined;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === '\\' && quote !== "'") {
      if (i === text.length - 1) return false;
      i += 1;
    } else if (quote === undefined && (char === '"' || char === "'")) quote = char;
    else if (char === quote) quote = undefined;
  }
  return quote === undefined;
}

/** Splits acs/proxy's comma-separated settings: `\,` is a comma inside a part. Linear, no regex. */
export function splitOnUnescapedCommas(value: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < value.length; i += 1) {
    if (value[i] === ',' && value[i - 1] !== '\\') {
      parts.push(value.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(value.slice(start));
  return parts.map((part) => part.trim().replaceAll('\\,', ',')).filter((part) => part !== '');
}

/** An EXTRA_* setting: free text by design, one HAProxy directive per comma-separated part. */
export function directiveList(name: string, raw: string | undefined, warn: Warn): string[] {
  if (raw === undefined) return [];
  const text = singleLine(name, raw, warn);
  if (text === undefined) return [];
  const parts = splitOnUnescapedCommas(text);
  if (parts.length > PROXY_LIMITS.listParts) {
    warn(`${name} has more than ${PROXY_LIMITS.listParts} parts; the rest are ignored.`);
  }
  return parts.slice(0, PROXY_LIMITS.listParts);
}

/** A plain comma-separated list (OPTION, TIMEOUT, ports), bounded. */
export function commaList(name: string, text: string, warn: Warn): string[] {
  const parts = text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length > PROXY_LIMITS.listParts) {
    warn(`${name} has more than ${PROXY_LIMITS.listParts} entries; the rest are ignored.`);
  }
  return parts.slice(0, PROXY_LIMITS.listParts);
}

/** One argument of an HAProxy directive: its separators, comment sign and quotes escaped. */
export function escapeWord(text: string): string {
  let escaped = '';
  for (const char of text) escaped += '\\ #"\''.includes(char) ? `\\${char}` : char;
  return escaped;
}

/** A section, ACL or server name in HAProxy's characters (letters, digits, `-`, `_`, `.`, `:`). */
export function haproxyName(text: string): string {
  const name = text.slice(0, PROXY_LIMITS.nameLength).replace(/[^A-Za-z0-9_.:-]/g, '_');
  return name === '' ? '_' : name;
}

import { commaList, shown } from './text.ts';
import type { Warn } from './text.ts';

/** The guide's balance algorithms (HAProxy:balance). */
export const BALANCES = ['roundrobin', 'static-rr', 'source', 'leastconn'] as const;

const WORD = /^[A-Za-z0-9._:/=+-]+$/;
const TIME = /^\d{1,9}(?:us|ms|s|m|h|d)?$/;
const HEALTH_CHECK_VALUES: Record<string, RegExp> = {
  inter: TIME,
  fastinter: TIME,
  downinter: TIME,
  rise: /^\d{1,6}$/,
  fall: /^\d{1,6}$/,
  port: /^\d{1,5}$/,
  weight: /^\d{1,3}$/,
};
const HEALTH_CHECK_FLAGS = new Set(['check', 'check-ssl', 'check-send-proxy']);

/** The words of a setting, however many spaces separate them. */
export function words(text: string): string[] {
  return text.split(' ').filter((word) => word !== '');
}

/** A TCP port number, 1–65535, written with digits only. */
export function portNumber(text: string): number | undefined {
  if (!/^\d{1,5}$/.test(text)) return undefined;
  const port = Number(text);
  return port >= 1 && port <= 65_535 ? port : undefined;
}

/** A whole number of at most nine digits (MAXCONN, HSTS_MAX_AGE, VIRTUAL_HOST_WEIGHT). */
export function wholeNumber(text: string): number | undefined {
  return /^-?\d{1,9}$/.test(text) ? Number(text) : undefined;
}

export function isTime(text: string): boolean {
  return TIME.test(text);
}

/** Words HAProxy takes as they are: no separator, quote, comment sign or escape among them. */
export function plainWords(text: string): boolean {
  const list = words(text);
  return list.length > 0 && list.every((word) => WORD.test(word));
}

export function readBalance(name: string, value: string, warn: Warn): string | undefined {
  if ((BALANCES as readonly string[]).includes(value)) return value;
  warn(`${name}: ${shown(value)} is not one of ${BALANCES.join(', ')}; ignored.`);
  return undefined;
}

/** HEALTH_CHECK: `check` and its timing keywords (HAProxy:check), e.g. "check inter 2000 rise 2 fall 3". */
export function readHealthCheck(name: string, value: string, warn: Warn): string | undefined {
  const list = words(value);
  let valid = list[0] === 'check';
  for (let i = 1; valid && i < list.length; i += 1) {
    const word = list[i] ?? '';
    const pattern = HEALTH_CHECK_VALUES[word];
    if (pattern) {
      valid = pattern.test(list[i + 1] ?? '');
      i += 1;
    } else valid = HEALTH_CHECK_FLAGS.has(word);
  }
  if (valid) return list.join(' ');
  warn(`${name}: ${shown(value)} is not a health check such as "check inter 2000 rise 2 fall 3"; ignored.`);
  return undefined;
}

/** OPTION: comma-separated HAProxy option entries ("redispatch, httplog"), each written as `option <entry>`. */
export function readOptions(name: string, value: string, warn: Warn): string[] {
  const options: string[] = [];
  for (const entry of commaList(name, value, warn)) {
    if (/^[a-z]/.test(entry) && plainWords(entry)) options.push(words(entry).join(' '));
    else warn(`${name}: ${shown(entry)} is not an HAProxy option entry; ignored.`);
  }
  return options;
}

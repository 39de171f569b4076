import { shown } from './text.ts';
import type { Warn } from './text.ts';
import { isTime, words } from './values.ts';

/** APPSESSION, e.g. "JSESSIONID len 52 timeout 3h" (HAProxy:appsession). */
export interface AppSession {
  cookie: string;
  length: number;
  timeout: string;
  inUrl: boolean;
}

const TOKEN = /^[A-Za-z0-9_.-]{1,64}$/;
const COOKIE_FLAGS = new Set([
  'rewrite',
  'insert',
  'prefix',
  'indirect',
  'nocache',
  'postonly',
  'preserve',
  'httponly',
  'secure',
  'dynamic',
]);
const COOKIE_VALUES: Record<string, RegExp> = {
  domain: /^[A-Za-z0-9.-]{1,253}$/,
  maxidle: /^\d{1,9}[smhd]?$/,
  maxlife: /^\d{1,9}[smhd]?$/,
};

export function readAppSession(name: string, value: string, warn: Warn): AppSession | undefined {
  const [cookie = '', ...rest] = words(value);
  const session: AppSession = { cookie, length: 0, timeout: '', inUrl: false };
  let valid = TOKEN.test(cookie);
  for (let i = 0; valid && i < rest.length; i += 1) {
    const word = rest[i];
    const next = rest[i + 1] ?? '';
    if (word === 'len' && /^\d{1,4}$/.test(next)) session.length = Number(next);
    else if (word === 'timeout' && isTime(next)) session.timeout = next;
    else if (word === 'mode' && (next === 'query-string' || next === 'path-parameters')) session.inUrl = true;
    else if (word === 'request-learn' || word === 'prefix') continue;
    else valid = false;
    i += 1;
  }
  if (valid && session.length > 0 && session.timeout !== '') return session;
  warn(
    `${name}: ${shown(value)} is not <cookie> len <length> timeout <holdtime>, e.g. "JSESSIONID len 52 timeout 3h"; ignored.`,
  );
  return undefined;
}

/** COOKIE, e.g. "SRV insert indirect nocache" (HAProxy:cookie). */
export function readCookie(name: string, value: string, warn: Warn): string | undefined {
  const list = words(value);
  let valid = TOKEN.test(list[0] ?? '');
  for (let i = 1; valid && i < list.length; i += 1) {
    const word = list[i] ?? '';
    const pattern = COOKIE_VALUES[word];
    if (pattern) {
      valid = pattern.test(list[i + 1] ?? '');
      i += 1;
    } else valid = COOKIE_FLAGS.has(word);
  }
  if (valid) return list.join(' ');
  warn(
    `${name}: ${shown(value)} is not <name> [insert|rewrite|prefix] [indirect] [nocache] …, e.g. "SRV insert indirect nocache"; ignored.`,
  );
  return undefined;
}

/**
 * The backend lines of APPSESSION and COOKIE. HAProxy 2.x has no `appsession` (gone since 1.6): the
 * same stickiness is a stick table keyed by the application's session cookie.
 */
export function stickinessLines(appSession: AppSession | undefined, cookie: string | undefined): string[] {
  const lines: string[] = [];
  if (appSession) {
    const { cookie: name, length, timeout } = appSession;
    lines.push(
      `# appsession ${name} len ${length} timeout ${timeout}: HAProxy 2.x has no appsession, a stick table on the cookie does the same`,
      `stick-table type string len ${length} size 100k expire ${timeout}`,
      ...(appSession.inUrl ? [`stick on url_param(${name})`] : []),
      `stick on req.cook(${name})`,
      `stick store-response res.cook(${name})`,
    );
  }
  if (cookie) lines.push(`cookie ${cookie}`);
  return lines;
}

import type { Random } from '../random.ts';

/** A moment to the nanosecond: Docker's log timestamps carry nine fractional digits, a Date only three. */
export interface Instant {
  ms: number;
  /** Nanoseconds past `ms`, in [0, 1e6). */
  nanos: number;
}

/** The moment `ms` with its sub-millisecond digits drawn from `random`. */
export function instantAt(ms: number, random: Random): Instant {
  return { ms, nanos: Math.floor(random.next() * 1_000_000) };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** The UTC fields every format below is made of, padded the usual way. */
function utc({ ms, nanos }: Instant) {
  const date = new Date(ms);
  return {
    year: String(date.getUTCFullYear()),
    month: pad(date.getUTCMonth() + 1, 2),
    monthName: MONTHS[date.getUTCMonth()]!,
    weekday: WEEKDAYS[date.getUTCDay()]!,
    day: pad(date.getUTCDate(), 2),
    hour: date.getUTCHours(),
    clock: date.toISOString().slice(11, 19),
    millis: pad(date.getUTCMilliseconds(), 3),
    micros: `${pad(date.getUTCMilliseconds(), 3)}${pad(Math.floor(nanos / 1_000), 3)}`,
  };
}

/** `2026-12-01T10:00:00.123456789Z`, as `docker logs -t` prints it. */
export function rfc3339Nano(at: Instant): string {
  return `${new Date(at.ms).toISOString().slice(0, 23)}${pad(at.nanos, 6)}Z`;
}

/** `01/Dec/2026:10:00:00 +0000`: the access logs of Apache and nginx. */
export function accessLogTime(at: Instant): string {
  const t = utc(at);
  return `${t.day}/${t.monthName}/${t.year}:${t.clock} +0000`;
}

/** `Tue Dec 01 10:00:00.123456 2026`: Apache's error log. */
export function apacheErrorTime(at: Instant): string {
  const t = utc(at);
  return `${t.weekday} ${t.monthName} ${t.day} ${t.clock}.${t.micros} ${t.year}`;
}

/** `2026/12/01 10:00:00`: nginx's error log. */
export function nginxErrorTime(at: Instant): string {
  const t = utc(at);
  return `${t.year}/${t.month}/${t.day} ${t.clock}`;
}

/** `2026-12-01T10:00:00.123456Z`: MySQL 5.7's error log. */
export function mysqlTime(at: Instant): string {
  const t = utc(at);
  return `${t.year}-${t.month}-${t.day}T${t.clock}.${t.micros}Z`;
}

/** `2026-12-01  9:00:00`: MariaDB's error log pads the hour with a space. */
export function mariadbTime(at: Instant): string {
  const t = utc(at);
  return `${t.year}-${t.month}-${t.day} ${String(t.hour).padStart(2, ' ')}${t.clock.slice(2)}`;
}

/** `01 Dec 2026 10:00:00.123`: Redis's log. */
export function redisTime(at: Instant): string {
  const t = utc(at);
  return `${t.day} ${t.monthName} ${t.year} ${t.clock}.${t.millis}`;
}

/** `01-Dec-2026 10:00:00.123`: Tomcat's console log. */
export function tomcatTime(at: Instant): string {
  const t = utc(at);
  return `${t.day}-${t.monthName}-${t.year} ${t.clock}.${t.millis}`;
}

/** `2026-12-01 10:00:00 UTC`: the moments PostgreSQL quotes in its messages. */
export function postgresTime(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

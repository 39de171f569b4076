import { LOG_TAIL_CHOICES, LOG_TAIL_DEFAULT } from '@cs/contracts';
import type { LogQuery } from '@cs/contracts';

/** What a log view keeps in the URL, beside the page's own `tab`. */
export interface LogParams {
  /** Entries Per Container, Filter by Container Name, Filter by Start Time. */
  query: LogQuery;
  /** The search box; `only` narrows the lines to those matching it (the server's `q`). */
  search: string;
  only: boolean;
  follow: boolean;
}

const PARAM = {
  tail: 'tail',
  container: 'container',
  since: 'since',
  search: 'search',
  only: 'only',
  follow: 'follow',
};

/** The log view's state from the URL; values it cannot use fall back to the defaults. */
export function readLogParams(params: URLSearchParams): LogParams {
  const tail = Number(params.get(PARAM.tail));
  const since = params.get(PARAM.since) ?? '';
  const container = params.get(PARAM.container) ?? '';
  const search = (params.get(PARAM.search) ?? '').slice(0, 200);
  const only = params.get(PARAM.only) === '1' && search !== '';
  return {
    query: {
      tail: (LOG_TAIL_CHOICES as readonly number[]).includes(tail) ? tail : LOG_TAIL_DEFAULT,
      ...(container ? { container } : {}),
      ...(since && !Number.isNaN(Date.parse(since)) ? { since: new Date(since).toISOString() } : {}),
      ...(only ? { q: search } : {}),
    },
    search,
    only,
    follow: params.get(PARAM.follow) === '1',
  };
}

/** The URL with the log view's `changes` applied and the page's other parameters kept; defaults are left out. */
export function writeLogParams(params: URLSearchParams, changes: Partial<Omit<LogParams, 'query'> & LogQuery>) {
  const next = new URLSearchParams(params);
  const put = (name: string, value: string | undefined) => (value ? next.set(name, value) : next.delete(name));
  if ('tail' in changes) put(PARAM.tail, changes.tail === LOG_TAIL_DEFAULT ? undefined : String(changes.tail ?? ''));
  if ('container' in changes) put(PARAM.container, changes.container);
  if ('since' in changes) put(PARAM.since, changes.since);
  if ('search' in changes) put(PARAM.search, changes.search);
  if ('only' in changes) put(PARAM.only, changes.only ? '1' : undefined);
  if ('follow' in changes) put(PARAM.follow, changes.follow ? '1' : undefined);
  return next;
}

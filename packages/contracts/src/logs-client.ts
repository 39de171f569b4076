import { API_PREFIX } from './api-prefix.ts';
import { toSearch } from './client.ts';
import type { Requester } from './client.ts';
import { LogsSchema } from './logs.ts';
import type { LogQuery, LogSubjectKind } from './logs.ts';

const logsPath = (kind: LogSubjectKind, id: string, part = '') =>
  `/${kind}/${encodeURIComponent(id)}/logs${part ? `/${part}` : ''}`;

/** The client's methods for the log views of containers, services and applications. */
export function logMethods(request: Requester, baseUrl: string) {
  const url = (kind: LogSubjectKind, id: string, part: string, query: LogQuery) =>
    `${baseUrl}${API_PREFIX}${logsPath(kind, id, part)}${toSearch({ ...query })}`;
  return {
    /** The newest `tail` lines of each container (the first ones by name), merged in time order. */
    getLogs: (kind: LogSubjectKind, id: string, query: LogQuery = {}, signal?: AbortSignal) =>
      request('GET', logsPath(kind, id), { query: { ...query }, schema: LogsSchema, signal }),
    /** Where the browser downloads `<name>.log` (`name | time text` lines). */
    logDownloadUrl: (kind: LogSubjectKind, id: string, query: LogQuery = {}) => url(kind, id, 'download', query),
    /** Server-Sent Events (`event: lines`, data a LogBatchDto): the tail, then new lines as they are written. */
    logStreamUrl: (kind: LogSubjectKind, id: string, query: LogQuery = {}) => url(kind, id, 'stream', query),
  };
}

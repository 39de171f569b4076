import type { LogQuery, LogSubjectKind } from '@cs/contracts';

/** Query keys of log views; not under the containers' keys, so a container's change does not re-read its logs. */
export const logKeys = {
  all: () => ['logs'] as const,
  view: (kind: LogSubjectKind, id: string, query: LogQuery) => ['logs', kind, id, query] as const,
};

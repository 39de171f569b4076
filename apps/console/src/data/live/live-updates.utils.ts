import type { QueryKey } from '@tanstack/react-query';
import { WatchEventSchema } from '@cs/contracts';
import type { WatchEvent } from '@cs/contracts';
import { applicationKeys } from '../applications/keys.ts';
import { clusterKeys } from '../clusters/keys.ts';
import { containerKeys } from '../containers/keys.ts';
import { instanceKeys } from '../instances/keys.ts';
import { nodeKeys } from '../nodes/keys.ts';
import { overviewKeys } from '../overview/keys.ts';
import { serviceKeys } from '../services/keys.ts';
import { templateKeys } from '../templates/keys.ts';

export type WatchKind = WatchEvent['kind'];

/** Every kind the watch stream reports. */
export const WATCH_KINDS: readonly WatchKind[] = WatchEventSchema.shape.kind.options;

/**
 * What a change of each kind can make stale: its own lists and details, the lists that show a
 * count or status derived from it (a cluster's node count, a service's container status), and
 * the Overview counts.
 */
const STALE_AFTER_CHANGE: Record<WatchKind, readonly QueryKey[]> = {
  cluster: [clusterKeys.all(), overviewKeys.all()],
  node: [nodeKeys.all(), clusterKeys.all(), overviewKeys.all()],
  instance: [instanceKeys.all(), overviewKeys.all()],
  // A fault waiting to fire changes nothing shown; when it fires, the clusters and nodes it hits report.
  fault: [overviewKeys.all()],
  application: [applicationKeys.all(), overviewKeys.all()],
  service: [serviceKeys.all(), applicationKeys.all(), overviewKeys.all()],
  container: [containerKeys.all(), serviceKeys.all(), applicationKeys.all(), nodeKeys.all(), overviewKeys.all()],
  template: [templateKeys.all()],
};

/** The query keys to invalidate after changes of these kinds, each once, in a stable order. */
export function queryKeysToInvalidate(kinds: Iterable<WatchKind>): QueryKey[] {
  const seen = new Map<string, QueryKey>();
  for (const kind of kinds) {
    for (const key of STALE_AFTER_CHANGE[kind]) seen.set(JSON.stringify(key), key);
  }
  return [...seen.values()];
}

/** The watch event in one SSE `data:` payload, or undefined when it is not one. */
export function parseWatchEvent(data: string): WatchEvent | undefined {
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    return undefined;
  }
  const parsed = WatchEventSchema.safeParse(json);
  return parsed.success ? parsed.data : undefined;
}

import type { QueryKey } from '@tanstack/react-query';
import type { WatchEvent } from '@cs/contracts';
import { applicationKeys } from '../applications/keys.ts';
import { clusterKeys } from '../clusters/keys.ts';
import { containerKeys } from '../containers/keys.ts';
import { instanceKeys } from '../instances/keys.ts';
import { certificateKeys, loadBalancerKeys } from '../load-balancers/keys.ts';
import { nodeKeys } from '../nodes/keys.ts';
import { operationLogKeys } from '../operation-logs/keys.ts';
import { overviewKeys } from '../overview/keys.ts';
import { serviceKeys } from '../services/keys.ts';
import { simulationKeys } from '../simulation/keys.ts';
import { templateKeys } from '../templates/keys.ts';
import { triggerKeys } from '../triggers/keys.ts';
import { ossBucketKeys, volumeKeys } from '../volumes/keys.ts';

export type WatchKind = WatchEvent['kind'];

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
  fault: [overviewKeys.all(), simulationKeys.all()],
  application: [applicationKeys.all(), overviewKeys.all()],
  service: [serviceKeys.all(), applicationKeys.all(), overviewKeys.all()],
  container: [
    containerKeys.all(),
    serviceKeys.all(),
    applicationKeys.all(),
    nodeKeys.all(),
    overviewKeys.all(),
    volumeKeys.all(),
  ],
  template: [templateKeys.all()],
  // A pushed digest shows on the simulation panel; containers show it only once they pull again.
  image: [simulationKeys.all()],
  // A record of the Operation Logs, new or finished: nothing else shows it.
  operation: [operationLogKeys.all()],
  'load-balancer': [loadBalancerKeys.all()],
  certificate: [certificateKeys.all()],
  volume: [volumeKeys.all()],
  'oss-bucket': [ossBucketKeys.all()],
  trigger: [triggerKeys.all()],
  // A node scaling rule and the RAM service show under the cluster's keys (its Node Scaling section).
  'node-scaling-rule': [clusterKeys.all()],
  'ram-service': [clusterKeys.all()],
  // A timing task's queue and runs show under its application's keys (the Schedule section).
  'timing-task': [applicationKeys.all()],
};

/** Every kind the watch stream reports (the record above must name each kind of the contract). */
export const WATCH_KINDS = Object.keys(STALE_AFTER_CHANGE) as readonly WatchKind[];

const WATCH_TYPES: Record<WatchEvent['type'], true> = { ADDED: true, MODIFIED: true, DELETED: true };

/**
 * Whether a payload has the contract's watch event shape. A check of its own rather than
 * `WatchEventSchema`: the layout of every signed-in page runs it, and zod is not loaded there
 * (ADR 006). The tests hold it to the schema.
 */
function isWatchEvent(value: unknown): value is WatchEvent {
  if (typeof value !== 'object' || value === null) return false;
  const { type, kind, id, resourceVersion } = value as Record<string, unknown>;
  return (
    typeof type === 'string' &&
    Object.hasOwn(WATCH_TYPES, type) &&
    typeof kind === 'string' &&
    Object.hasOwn(STALE_AFTER_CHANGE, kind) &&
    typeof id === 'string' &&
    Number.isSafeInteger(resourceVersion)
  );
}

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
  return isWatchEvent(json) ? json : undefined;
}

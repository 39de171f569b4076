import { applicationKeys } from '../applications/keys.ts';
import { containerKeys } from '../containers/keys.ts';
import { nodeKeys } from '../nodes/keys.ts';
import { overviewKeys } from '../overview/keys.ts';
import { serviceKeys } from './keys.ts';

/**
 * What an operation on a service or a container makes stale: the services and containers, the
 * applications' status and container counts, the nodes' container counts and the Overview counts.
 */
export const STALE_AFTER_WORKLOAD_CHANGE = [
  serviceKeys.all(),
  containerKeys.all(),
  applicationKeys.all(),
  nodeKeys.all(),
  overviewKeys.all(),
] as const;

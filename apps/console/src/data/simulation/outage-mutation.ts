import type { NodeDto } from '@cs/contracts';
import { api } from '../api.ts';
import { clusterKeys } from '../clusters/keys.ts';
import { useInvalidatingMutation } from '../invalidating-mutation.ts';
import { nodeKeys } from '../nodes/keys.ts';
import { STALE_AFTER_WORKLOAD_CHANGE } from '../services/stale-after-workload-change.ts';

/** Take a node (or a cluster's zone) down, or bring it back up. */
export type OutageVars =
  | { target: 'node'; nodeId: string; down: boolean }
  | { target: 'zone'; clusterId: string; zone: string; down: boolean };

/**
 * A node down goes Offline: its containers are lost, and those of services with
 * `reschedule:on-node-failure` move to other nodes. A zone down does that to each of its nodes.
 */
export async function simulateOutage(vars: OutageVars): Promise<NodeDto[]> {
  if (vars.target === 'node') return [await (vars.down ? api.takeNodeDown : api.bringNodeUp)(vars.nodeId)];
  const body = { clusterId: vars.clusterId, zone: vars.zone };
  return (await (vars.down ? api.takeZoneDown(body) : api.bringZoneUp(body))).nodes;
}

export function useOutageMutation() {
  return useInvalidatingMutation(simulateOutage, [nodeKeys.all(), clusterKeys.all(), ...STALE_AFTER_WORKLOAD_CHANGE]);
}

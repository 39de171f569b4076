import type { Cluster } from '@cs/domain';
import { lastTransitionAt } from '../../conditions.ts';
import { procedureTransitions } from '../../procedure.ts';
import type { ControllerDefinition } from '../../transition.ts';
import { createProcedure } from './create.ts';
import { deleteProcedure } from './delete.ts';
import { attachExpired, attachProcedure, expandProcedure } from './grow.ts';
import {
  clearDiskProcedure,
  quitDockerUpgrade,
  upgradeAgentProcedure,
  upgradeDockerProcedure,
  upgradeSystemServicesProcedure,
} from './maintain.ts';

export interface ClusterLifecycleOptions {
  /** Chance in [0, 1] that one step fails (the cluster Failed, the operation ended, the snapshot missing). */
  failureRate?: number;
}

/**
 * The guide's cluster lifecycle: Initial → Running (or Inactive without nodes), the operations of
 * a running cluster (Scaling, Updating), and Deleting → Deleted. Transitions are tried in order.
 */
export function clusterLifecycle(options: ClusterLifecycleOptions = {}): ControllerDefinition<Cluster> {
  const failureRate = options.failureRate ?? 0;
  return {
    kind: 'cluster',
    since: (c) => lastTransitionAt(c.status),
    related: (c) => [
      { kind: 'node', scope: c.metadata.id },
      { kind: 'instance', scope: c.spec.region },
    ],
    transitions: [
      ...procedureTransitions(createProcedure, failureRate),
      ...procedureTransitions(deleteProcedure, failureRate),
      ...procedureTransitions(expandProcedure, failureRate),
      attachExpired,
      ...procedureTransitions(attachProcedure, failureRate),
      ...procedureTransitions(upgradeAgentProcedure, failureRate),
      quitDockerUpgrade,
      ...procedureTransitions(upgradeDockerProcedure, failureRate),
      ...procedureTransitions(upgradeSystemServicesProcedure, failureRate),
      ...procedureTransitions(clearDiskProcedure, failureRate),
    ],
  };
}

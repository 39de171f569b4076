import { faultScope } from '@cs/domain';
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
  const failures = { failureRate: options.failureRate ?? 0, faultTarget: 'cluster' as const };
  return {
    kind: 'cluster',
    since: (c) => lastTransitionAt(c.status),
    related: (c) => [
      { kind: 'node', scope: c.metadata.id },
      { kind: 'instance', scope: c.spec.region },
      { kind: 'load-balancer', scope: c.spec.region },
      { kind: 'fault', scope: faultScope('cluster', c.metadata.id) },
      { kind: 'fault', scope: faultScope('cluster', null) },
    ],
    transitions: [
      ...procedureTransitions(createProcedure, failures),
      ...procedureTransitions(deleteProcedure, failures),
      ...procedureTransitions(expandProcedure, failures),
      attachExpired,
      ...procedureTransitions(attachProcedure, failures),
      ...procedureTransitions(upgradeAgentProcedure, failures),
      quitDockerUpgrade,
      ...procedureTransitions(upgradeDockerProcedure, failures),
      ...procedureTransitions(upgradeSystemServicesProcedure, failures),
      ...procedureTransitions(clearDiskProcedure, failures),
    ],
  };
}

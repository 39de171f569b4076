import type { Cluster, ClusterOperationKind, ClusterPhase, Instance, LoadBalancer, NewEvent, Node } from '@cs/domain';
import type { Procedure, Step } from '../../procedure.ts';
import type { RelatedResources, TransitionContext, TransitionResult } from '../../transition.ts';

export const iso = (ms: number) => new Date(ms).toISOString();

export function clusterEvent(cluster: Cluster, level: NewEvent['level'], reason: string, message: string): NewEvent {
  const { id } = cluster.metadata;
  return { clusterId: id, resourceKind: 'cluster', resourceId: id, level, reason, message };
}

export function enterPhase(
  cluster: Cluster,
  phase: ClusterPhase,
  now: number,
  reason: string | null = null,
): Cluster['status'] {
  return { ...cluster.status, phase, phaseSince: iso(now), reason };
}

/** The cluster's nodes among the related resources a transition was given. */
export const nodesOf = (related: RelatedResources) => (related.node ?? []) as readonly Node[];

/** The ECS instances of the cluster's region among the related resources. */
export const instancesOf = (related: RelatedResources) => (related.instance ?? []) as readonly Instance[];

/** The Server Load Balancer instances of the cluster's region among the related resources. */
export const loadBalancersOf = (related: RelatedResources) =>
  (related['load-balancer'] ?? []) as readonly LoadBalancer[];

/** Where a cluster rests when nothing runs: Running with nodes, Inactive (waiting for nodes) without. */
export const restingPhase = (nodeCount: number): ClusterPhase => (nodeCount > 0 ? 'Running' : 'Inactive');

/** True while the cluster runs an operation of this kind. */
export const operationIs = (kind: ClusterOperationKind) => (c: Cluster) =>
  c.spec.operation?.kind === kind && c.status.phase !== 'Deleting' && c.status.phase !== 'DeleteFailed';

/** Ends the cluster's operation: clears it and returns to the resting phase. */
export function endOperation(
  cluster: Cluster,
  context: TransitionContext,
  nodeCountAfter: number,
  event: NewEvent,
  writes: Omit<TransitionResult<Cluster>, 'events' | 'status' | 'spec'> = {},
  status: Cluster['status'] = cluster.status,
): TransitionResult<Cluster> {
  return {
    ...writes,
    spec: { ...cluster.spec, operation: null },
    status: {
      ...status,
      phase: restingPhase(nodeCountAfter),
      phaseSince: iso(context.now),
      reason: event.level === 'Error' ? event.message : null,
    },
    events: [event],
  };
}

/** The finish of an operation that leaves the nodes as they are: log "<what> of cluster X completed." and rest. */
export function completeOperation(reason: string, what: string): Procedure<Cluster>['finish'] {
  return {
    delayMs: 1_000,
    jitterMs: 1_000,
    next: (c, context) =>
      endOperation(
        c,
        context,
        nodesOf(context.related).length,
        clusterEvent(c, 'Info', reason, `${what} of cluster ${c.metadata.name} completed.`),
      ),
  };
}

/** What every operation procedure shares: its event attribution, and failure that ends the operation. */
export function operationProcedure(
  name: string,
  kind: ClusterOperationKind,
  steps: readonly Step<Cluster>[],
  finish: Procedure<Cluster>['finish'],
  extra: Pick<Procedure<Cluster>, 'blocked'> = {},
): Procedure<Cluster> {
  return {
    name,
    active: operationIs(kind),
    steps,
    finish,
    ...extra,
    event: clusterEvent,
    fail: (cluster, step, context) =>
      endOperation(
        cluster,
        context,
        nodesOf(context.related).length,
        clusterEvent(cluster, 'Error', `${step.condition}Failed`, step.failure!),
      ),
  };
}

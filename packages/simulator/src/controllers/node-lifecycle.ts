import { faultScope } from '@cs/domain';
import type { Node, NewEvent } from '@cs/domain';
import { hasCondition, lastTransitionAt } from '../conditions.ts';
import { procedureTransitions } from '../procedure.ts';
import { clusterAfterRemoval } from './removal-scaling.ts';
import type { Procedure, Step } from '../procedure.ts';
import { updateOf } from '../transition.ts';
import type { AnyResource, ControllerDefinition, TransitionContext, TransitionResult } from '../transition.ts';

function nodeEvent(node: Node, level: NewEvent['level'], reason: string, message: string): NewEvent {
  return { clusterId: node.spec.clusterId, resourceKind: 'node', resourceId: node.metadata.id, level, reason, message };
}

const iso = (ms: number) => new Date(ms).toISOString();

/** The condition the deploy engine records once it has moved every container off the node. */
export const CONTAINERS_MIGRATED = 'ContainersMigrated';

/** A Remove or Reset with Migrate Containers waits for the deploy engine to move the node's containers. */
export const waitsForMigration = (n: Node) =>
  n.spec.operation?.migrateContainers === true && !hasCondition(n.status, CONTAINERS_MIGRATED);

/** Ends the operation with the node back in Normal, saying why (a failed migration stops a reset). */
export function abandonNodeOperation(node: Node, reason: string, context: TransitionContext): TransitionResult<Node> {
  const removal = node.spec.operation?.kind === 'remove';
  // A removal that stops leaves the node count as it was; the cluster stops Scaling for it.
  const cluster = removal
    ? clusterAfterRemoval(node, context.related, (context.related.node ?? []).length, context.now)
    : { updates: [], events: [] };
  return {
    spec: { ...node.spec, operation: null },
    status: { ...node.status, phase: 'Normal', phaseSince: iso(context.now), reason },
    updates: cluster.updates,
    events: [
      nodeEvent(
        node,
        'Error',
        'NodeOperationFailed',
        `${reason} ${removal ? 'Remove' : 'Reset'} the node again, without Migrate Containers to force it.`,
      ),
      ...cluster.events,
    ],
  };
}

function procedure(
  name: 'remove' | 'reset',
  phase: Node['status']['phase'],
  steps: Step<Node>[],
  finish: Procedure<Node>['finish'],
): Procedure<Node> {
  return {
    name,
    active: (n) => n.spec.operation?.kind === name && n.status.phase === phase,
    steps,
    finish,
    event: nodeEvent,
    fail: (node, step, context) => abandonNodeOperation(node, step.failure!, context),
    blocked: waitsForMigration,
  };
}

export const removeNodeProcedure = procedure(
  'remove',
  'Removing',
  [
    {
      condition: 'NodeDetached',
      delayMs: 10_000,
      jitterMs: 5_000,
      complete: (n) => ({ message: `Stop the Agent and leave the cluster on ${n.metadata.name} completed.` }),
    },
  ],
  {
    delayMs: 1_000,
    jitterMs: 1_000,
    next(node, { related, now }) {
      const instance = (related.instance ?? []).find((i) => i.metadata.id === node.spec.instanceId) as
        (AnyResource & { status: { clusterId: string | null } }) | undefined;
      const nodesLeft = (related.node ?? []).filter((n) => n.metadata.id !== node.metadata.id).length;
      const cluster = clusterAfterRemoval(node, related, nodesLeft, now);
      return {
        remove: true,
        updates: [
          ...(instance ? [updateOf('instance', instance, { status: { ...instance.status, clusterId: null } })] : []),
          ...cluster.updates,
        ],
        events: [
          nodeEvent(
            node,
            'Info',
            'NodeRemoved',
            `Remove node ${node.metadata.name} (${node.spec.instanceId}) from the cluster completed.`,
          ),
          ...cluster.events,
        ],
      };
    },
  },
);

export const resetNodeProcedure = procedure(
  'reset',
  'Resetting',
  [
    {
      condition: 'SystemDiskReplaced',
      delayMs: 60_000,
      jitterMs: 30_000,
      complete: (n) => ({
        message: `Replace the system disk of ${n.spec.instanceId} completed; the previous disk is released.`,
      }),
      failure: 'Failed to replace the system disk: the instance did not stop.',
    },
    {
      condition: 'NodeReinstalled',
      delayMs: 60_000,
      jitterMs: 20_000,
      complete: (n) => ({
        message: `Install Docker ${n.status.dockerVersion} and Agent ${n.status.agentVersion} on ${n.metadata.name} completed.`,
      }),
    },
  ],
  {
    delayMs: 1_000,
    jitterMs: 1_000,
    next: (node, { now }) => ({
      spec: { ...node.spec, operation: null },
      status: { ...node.status, phase: 'Normal', phaseSince: iso(now), reason: null, conditions: [] },
      events: [
        nodeEvent(
          node,
          'Info',
          'NodeReset',
          `Reset node ${node.metadata.name}: it is back in the cluster as when it was added.`,
        ),
      ],
    }),
  },
);

/** Remove and Reset of the Nodes page, with the optional container migration of the guide. */
export function nodeLifecycle(options: { failureRate?: number } = {}): ControllerDefinition<Node> {
  const failures = { failureRate: options.failureRate ?? 0, faultTarget: 'node' as const };
  return {
    kind: 'node',
    since: (n) => lastTransitionAt(n.status),
    related: (n) => [
      { kind: 'cluster', scope: n.spec.region },
      { kind: 'node', scope: n.spec.clusterId },
      { kind: 'instance', scope: n.spec.region },
      { kind: 'fault', scope: faultScope('node', n.metadata.id) },
      { kind: 'fault', scope: faultScope('node', null) },
    ],
    transitions: [
      ...procedureTransitions(removeNodeProcedure, failures),
      ...procedureTransitions(resetNodeProcedure, failures),
    ],
  };
}

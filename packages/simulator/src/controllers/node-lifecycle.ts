import { faultScope } from '@cs/domain';
import type { Node, NewEvent } from '@cs/domain';
import { lastTransitionAt } from '../conditions.ts';
import { procedureTransitions } from '../procedure.ts';
import type { Procedure, Step } from '../procedure.ts';
import { updateOf } from '../transition.ts';
import type {
  AnyResource,
  ControllerDefinition,
  RelatedResources,
  ResourceUpdate,
  TransitionContext,
  TransitionResult,
} from '../transition.ts';

/** What migration needs of a container: where it runs. The application issue owns the rest. */
type PlacedContainer = AnyResource & { spec: { nodeId: string } };

const containersOn = (related: RelatedResources, nodeId: string) =>
  ((related.container ?? []) as readonly PlacedContainer[]).filter((c) => c.spec.nodeId === nodeId);

function nodeEvent(node: Node, level: NewEvent['level'], reason: string, message: string): NewEvent {
  return { clusterId: node.spec.clusterId, resourceKind: 'node', resourceId: node.metadata.id, level, reason, message };
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Moves every container of the node to the other Normal nodes, fewest containers first. Returns
 * undefined when some container has nowhere to go: the operation then stops.
 */
export function planMigration(
  node: Node,
  related: RelatedResources,
): { updates: ResourceUpdate[]; events: NewEvent[] } | undefined {
  const containers = containersOn(related, node.metadata.id);
  const targets = ((related.node ?? []) as readonly Node[]).filter(
    (n) => n.metadata.id !== node.metadata.id && n.status.phase === 'Normal' && n.spec.operation === null,
  );
  if (containers.length > 0 && targets.length === 0) return undefined;
  const load = new Map(targets.map((t) => [t.metadata.id, containersOn(related, t.metadata.id).length]));
  const updates: ResourceUpdate[] = [];
  const events: NewEvent[] = [];
  for (const container of containers) {
    const target = [...targets].sort(
      (a, b) => load.get(a.metadata.id)! - load.get(b.metadata.id)! || a.spec.index - b.spec.index,
    )[0]!;
    load.set(target.metadata.id, load.get(target.metadata.id)! + 1);
    updates.push(updateOf('container', container, { spec: { ...container.spec, nodeId: target.metadata.id } }));
    events.push(
      nodeEvent(
        node,
        'Info',
        'ContainerMigrated',
        `Migrate container ${container.metadata.name} from ${node.metadata.name} to ${target.metadata.name} completed.`,
      ),
    );
  }
  return { updates, events };
}

const MIGRATION_FAILED = 'Container migration failed: no other Normal node in the cluster can take the containers.';

const migrateStep: Step<Node> = {
  condition: 'ContainersMigrated',
  applies: (n) => n.spec.operation?.migrateContainers === true,
  delayMs: 20_000,
  jitterMs: 10_000,
  check: (node, { related }) => (planMigration(node, related) ? undefined : MIGRATION_FAILED),
  complete(node, { related }) {
    const plan = planMigration(node, related)!;
    return {
      message: `Migrate ${plan.updates.length} container(s) off ${node.metadata.name} completed.`,
      updates: plan.updates,
      events: plan.events,
    };
  },
};

/** Ends the operation with the node back in Normal, saying why (a failed migration stops a reset). */
function abandon(node: Node, reason: string, context: TransitionContext): TransitionResult<Node> {
  return {
    spec: { ...node.spec, operation: null },
    status: { ...node.status, phase: 'Normal', phaseSince: iso(context.now), reason },
    events: [
      nodeEvent(
        node,
        'Error',
        'NodeOperationFailed',
        `${reason} ${node.spec.operation?.kind === 'reset' ? 'Reset' : 'Remove'} the node again, without Migrate Containers to force it.`,
      ),
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
    fail: (node, step, context) => abandon(node, step.failure!, context),
  };
}

export const removeNodeProcedure = procedure(
  'remove',
  'Removing',
  [
    migrateStep,
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
    next(node, { related }) {
      const instance = (related.instance ?? []).find((i) => i.metadata.id === node.spec.instanceId) as
        (AnyResource & { status: { clusterId: string | null } }) | undefined;
      return {
        remove: true,
        updates: instance ? [updateOf('instance', instance, { status: { ...instance.status, clusterId: null } })] : [],
        events: [
          nodeEvent(
            node,
            'Info',
            'NodeRemoved',
            `Remove node ${node.metadata.name} (${node.spec.instanceId}) from the cluster completed.`,
          ),
        ],
      };
    },
  },
);

export const resetNodeProcedure = procedure(
  'reset',
  'Resetting',
  [
    migrateStep,
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
      { kind: 'node', scope: n.spec.clusterId },
      { kind: 'container', scope: n.spec.clusterId },
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

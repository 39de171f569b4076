import type { Cluster, NewEvent, Node } from '@cs/domain';
import { updateOf } from '../transition.ts';
import type { RelatedResources, ResourceUpdate } from '../transition.ts';
import { clusterEvent, iso, restingPhase } from './cluster/shared.ts';

/** A cluster whose phase follows its node removals: resting, or Scaling for them, with no operation of its own. */
const followsRemovals = (c: Cluster) =>
  c.spec.operation === null && (['Running', 'Inactive', 'Scaling'] as const).some((p) => p === c.status.phase);

/**
 * The cluster's part of a node removal that ends (the node gone, or left Normal when it failed), for
 * the same changeset: Scaling while other nodes are still being removed, else its resting phase —
 * Running with nodes, Inactive (waiting to add nodes) without. The cluster is written even when its
 * phase stays, at the version read, so two removals ending at once are serialised by the store: the
 * later is refused, retries, and sees the earlier one's result.
 */
export function clusterAfterRemoval(
  node: Node,
  related: RelatedResources,
  nodesLeft: number,
  now: number,
): { updates: ResourceUpdate[]; events: NewEvent[] } {
  const cluster = ((related.cluster ?? []) as readonly Cluster[]).find((c) => c.metadata.id === node.spec.clusterId);
  if (!cluster || !followsRemovals(cluster)) return { updates: [], events: [] };
  const othersRemoving = ((related.node ?? []) as readonly Node[]).some(
    (n) => n.metadata.id !== node.metadata.id && n.status.phase === 'Removing',
  );
  const phase = othersRemoving ? 'Scaling' : restingPhase(nodesLeft);
  if (phase === cluster.status.phase) return { updates: [updateOf('cluster', cluster, {})], events: [] };
  const status = { ...cluster.status, phase, phaseSince: iso(now) };
  const events =
    phase === 'Inactive'
      ? [
          clusterEvent(
            cluster,
            'Info',
            'ClusterInactive',
            `Cluster ${cluster.metadata.name} has no node left: it is Inactive, waiting to add nodes. Expand it or add existing instances to activate it.`,
          ),
        ]
      : [];
  return { updates: [updateOf('cluster', cluster, { status })], events };
}

import type { ClusterDto, NodeDto } from '@cs/contracts';
import { clusterActionProblem } from '@cs/domain';
import type { NodePhase } from '@cs/domain';
import { allowedPhases } from '../clusters/clusters.utils.ts';

/** The Instance Type column's first line: every node of this service is one. */
export const NODE_KIND = 'Alibaba Cloud Node';

/** The Configuration column: "CPU: 1 core(s) Memory: 2 GB" (memory to three decimals at most). */
export function nodeConfiguration(node: Pick<NodeDto, 'status'>): string {
  const memory = Number(node.status.memoryGiB.toFixed(3));
  return `CPU: ${node.status.cpu} core(s) Memory: ${memory} GB`;
}

interface PhaseLook {
  color: 'success' | 'processing' | 'default' | 'warning' | 'error';
  busy: boolean;
}

const PHASE_LOOKS: Record<NodePhase, PhaseLook> = {
  Initial: { color: 'processing', busy: true },
  Normal: { color: 'success', busy: false },
  Offline: { color: 'default', busy: false },
  Removing: { color: 'warning', busy: true },
  Resetting: { color: 'processing', busy: true },
  Failed: { color: 'error', busy: false },
};

/** How a node's Status tag looks: one colour per phase, spinning while the node is busy. */
export function nodePhaseLook(phase: NodePhase): PhaseLook {
  return PHASE_LOOKS[phase];
}

export type NodeOperation = 'remove' | 'reset';

/** Why a node cannot be removed or reset now, or undefined when it can. */
export function nodeOperationProblem(node: Pick<NodeDto, 'status'>, operation: NodeOperation): string | undefined {
  const { phase } = node.status;
  if (phase === 'Removing') return 'The node is being removed.';
  if (phase === 'Resetting') return 'The node is being reset.';
  if (operation === 'reset' && phase === 'Initial') return 'The node is still joining the cluster.';
  return undefined;
}

/** A node's user tags as the guide writes them: "group:1". */
export function userTagLabels(tags: Record<string, string>): string[] {
  return Object.entries(tags)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => `${key}:${value}`);
}

/** The tag keys the given nodes carry, each once, sorted: what Delete Tag can remove. */
export function tagKeysOf(nodes: readonly Pick<NodeDto, 'spec'>[]): string[] {
  return [...new Set(nodes.flatMap((n) => Object.keys(n.spec.tags)))].sort((a, b) => a.localeCompare(b));
}

/** Why the cluster takes no node removals or resets now (its phase), or undefined when it does. */
export function clusterNodesProblem(cluster: Pick<ClusterDto, 'status'> | undefined): string | undefined {
  if (!cluster || !clusterActionProblem(cluster.status.phase, 'manage-nodes')) return undefined;
  return `Nodes can be removed or reset when the cluster is ${allowedPhases('manage-nodes')}; it is ${cluster.status.phase}.`;
}

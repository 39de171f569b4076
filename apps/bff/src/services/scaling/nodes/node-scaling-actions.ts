import { DomainError, isContractible, nodeScalingMessage, scaledCount } from '@cs/domain';
import type { Node, NodeScalingRule, NewEvent, PeriodJudgement, ScalingDirection } from '@cs/domain';
import type { Store } from '../../../store/store.ts';
import type { ClusterOperations } from '../../cluster-operations.ts';
import { clusterEvent } from '../../cluster-service.ts';
import type { NodeService } from '../../node-service.ts';

/** What a scaling did: the event to record and, when it happened, the rule's lastScaling. */
export interface ScalingOutcome {
  event: NewEvent;
  scaled: boolean;
}

/** The nodes that count towards the range: those not already going. */
export const countedNodes = (nodes: readonly Node[]) => nodes.filter((n) => n.status.phase !== 'Removing');

/**
 * The node contraction removes: one added by expansion or tagged aliyun.reschedule=true, Normal and
 * idle of operations, with the fewest containers (the least to migrate), the newest of equals.
 */
export function contractionCandidate(
  nodes: readonly Node[],
  containers: ReadonlyMap<string, number>,
): Node | undefined {
  return nodes
    .filter((n) => isContractible(n) && n.status.phase === 'Normal' && !n.spec.operation)
    .sort(
      (a, b) =>
        (containers.get(a.metadata.id) ?? 0) - (containers.get(b.metadata.id) ?? 0) || b.spec.index - a.spec.index,
    )[0];
}

/** Carries out a judged scaling through the paths the console uses: Expand, and Remove Node with migration. */
export class NodeScalingActions {
  constructor(
    private readonly store: Store,
    private readonly operations: ClusterOperations,
    private readonly nodes: NodeService,
  ) {}

  async scale(
    rule: NodeScalingRule,
    nodes: readonly Node[],
    judged: PeriodJudgement & { direction: ScalingDirection },
  ): Promise<ScalingOutcome | null> {
    const clusterId = rule.spec.clusterId;
    const current = countedNodes(nodes).length;
    const target = scaledCount(rule.spec.policy, current, judged.direction);
    // At the Max (or the Min) the guide performs no scaling, and says nothing of it.
    if (target === current) return null;
    const cause = judged.cause!;
    try {
      if (judged.direction === 'expand') {
        const quantity = target - current;
        await this.operations.expand(clusterId, { ...rule.spec.instance, quantity }, true);
        return {
          scaled: true,
          event: clusterEvent(clusterId, 'NodeAutoScaling', nodeScalingMessage('expand', cause, quantity)),
        };
      }
      const counts = await this.store.containers.countsByNode(nodes.map((n) => n.metadata.id));
      const node = contractionCandidate(nodes, counts);
      if (!node) {
        return {
          scaled: false,
          event: clusterEvent(
            clusterId,
            'NodeAutoScalingSkipped',
            `${nodeScalingMessage('contract', cause, 1)} No node can be removed: node contraction only removes nodes added by node expansion or labelled aliyun.reschedule==true.`,
            'Warning',
          ),
        };
      }
      await this.nodes.remove(clusterId, node.metadata.id, true);
      return {
        scaled: true,
        event: clusterEvent(
          clusterId,
          'NodeAutoScaling',
          `${nodeScalingMessage('contract', cause, 1)} Remove node${node.spec.index} (${node.metadata.id}), migrating its containers first.`,
        ),
      };
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      return {
        scaled: false,
        event: clusterEvent(
          clusterId,
          'NodeAutoScalingFailed',
          `${nodeScalingMessage(judged.direction, cause, Math.abs(target - current))} Not carried out: ${error.message}`,
          'Warning',
        ),
      };
    }
  }
}

/**
 * The white lists of the rule's RDS instances: the private IPs of the nodes auto scaling added
 * that are up. Answers the new lists and the event, or null when nothing changed.
 */
export function syncedWhitelists(
  rule: NodeScalingRule,
  nodes: readonly Node[],
): { whitelists: Record<string, string[]>; event: NewEvent } | null {
  const ips = nodes
    .filter((n) => n.spec.autoScaled && n.status.phase === 'Normal')
    .map((n) => n.status.privateIp)
    .sort();
  const whitelists = Object.fromEntries(rule.spec.rdsInstanceIds.map((id) => [id, ips]));
  const before = rule.status.rdsWhitelists;
  const added = rule.spec.rdsInstanceIds.flatMap((id) =>
    ips.filter((ip) => !(before[id] ?? []).includes(ip)).map((ip) => `${ip} to ${id}`),
  );
  const same =
    Object.keys(before).length === rule.spec.rdsInstanceIds.length &&
    rule.spec.rdsInstanceIds.every((id) => (before[id] ?? []).join() === ips.join());
  if (same) return null;
  const message =
    added.length > 0
      ? `Add the IP addresses of the nodes node auto scaling added to RDS instance white lists: ${added.join(', ')}.`
      : 'Update the RDS instance white lists of node auto scaling: removed nodes left them.';
  return { whitelists, event: clusterEvent(rule.spec.clusterId, 'RdsWhitelistUpdated', message) };
}

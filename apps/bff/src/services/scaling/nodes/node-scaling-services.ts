import type { Quotas } from '@cs/domain';
import type { Clock } from '@cs/simulator';
import type { Logger } from '../../../logging/logger.ts';
import type { LoadSpikeStore } from '../../../store/load-spike-store.ts';
import type { Store } from '../../../store/store.ts';
import type { ClusterOperations } from '../../cluster-operations.ts';
import type { ClusterService } from '../../cluster-service.ts';
import type { NodeService } from '../../node-service.ts';
import { MetricsClusterUsage } from './cluster-usage.ts';
import { NodeScalingActions } from './node-scaling-actions.ts';
import { NodeScalingEvaluator } from './node-scaling-evaluator.ts';
import { NodeScalingRules } from './node-scaling-rules.ts';
import { RamAuthorization } from './ram-authorization.ts';

/** Node auto scaling's parts: the rules' API, RAM authorization, and the evaluator (started by the caller). */
export function createNodeScalingServices(deps: {
  store: Store;
  clusters: ClusterService;
  operations: ClusterOperations;
  nodes: NodeService;
  spikes: LoadSpikeStore;
  quotas: Quotas;
  clock: Clock;
  leading: () => boolean;
  logger: Logger;
}) {
  const now = () => deps.clock.now();
  const usage = new MetricsClusterUsage(deps.store, deps.spikes, now);
  const actions = new NodeScalingActions(deps.store, deps.operations, deps.nodes);
  return {
    rules: new NodeScalingRules(deps.store, now, deps.quotas),
    ram: new RamAuthorization(deps.store, deps.clusters, now),
    evaluator: new NodeScalingEvaluator(deps.store, usage, actions, {
      clock: deps.clock,
      leading: deps.leading,
      logger: deps.logger,
    }),
  };
}

export type NodeScalingServices = ReturnType<typeof createNodeScalingServices>;

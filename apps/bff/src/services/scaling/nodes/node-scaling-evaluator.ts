import { CONSECUTIVE_PERIODS, NO_COUNTS, SCALING_PERIOD_MS, judgePeriod } from '@cs/domain';
import type { Cluster, NewEvent, Node, NodeScalingRule, PeriodJudgement, ScalingPolicy } from '@cs/domain';
import type { Clock } from '@cs/simulator';
import type { Logger } from '../../../logging/logger.ts';
import type { StoredCounters } from '../../../store/scaling-counter-store.ts';
import type { Store } from '../../../store/store.ts';
import { syncedWhitelists } from './node-scaling-actions.ts';
import type { NodeScalingActions } from './node-scaling-actions.ts';
import type { ClusterUsageSource } from './cluster-usage.ts';
import { PeriodTimer } from '../period-timer.ts';

const P = SCALING_PERIOD_MS;
const yieldTurn = () => new Promise((resolve) => setImmediate(resolve));

export interface NodeScalingEvaluatorOptions {
  clock: Clock;
  /** Only the replica running the simulated cloud judges, so each period is judged once. */
  leading: () => boolean;
  logger: Logger;
}

/** The policy as judged: a disabled alarm rule's side can never be beyond. */
function judgedPolicy(rule: NodeScalingRule): ScalingPolicy {
  const { policy, alarms } = rule.spec;
  const bounds: ScalingPolicy['bounds'] = {};
  for (const [metric, b] of Object.entries(policy.bounds) as [
    keyof ScalingPolicy['bounds'],
    { expansion: number; contraction: number },
  ][]) {
    bounds[metric] = {
      expansion: alarms.expand.enabled ? b.expansion : Infinity,
      contraction: alarms.contract.enabled ? b.contraction : -Infinity,
    };
  }
  return { ...policy, bounds };
}

/**
 * Node auto scaling: at the end of each one-minute period of simulated time, each rule's cluster
 * averages are judged three-in-a-row (`judgePeriod`) with the counters kept in the store, so a
 * restart or another replica carries on. A cluster that is not Running (Scaling, Updating) has
 * its period skipped: neither counted nor breaking the count.
 */
export class NodeScalingEvaluator {
  private readonly timer: PeriodTimer;

  constructor(
    private readonly store: Store,
    private readonly usage: ClusterUsageSource,
    private readonly actions: NodeScalingActions,
    private readonly options: NodeScalingEvaluatorOptions,
  ) {
    this.timer = new PeriodTimer({ ...options, periodMs: P, what: 'node scaling evaluation' }, () =>
      this.evaluateDue(),
    );
  }

  start(): void {
    this.timer.start();
  }

  stop(): void {
    this.timer.stop();
  }

  async idle(): Promise<void> {
    await this.timer.idle();
  }

  /** Judges every rule whose last ended period is not judged yet; answers how many were judged. */
  async evaluateDue(now = this.options.clock.now()): Promise<number> {
    const end = Math.floor(now / P) * P;
    const rules = await this.store.resources.listAll<NodeScalingRule>('node-scaling-rule');
    const counters = await this.store.scalingCounters.of(rules.map((r) => r.spec.clusterId));
    let judged = 0;
    for (const rule of rules) {
      const stored = counters.get(rule.spec.clusterId);
      if (stored && stored.judgedTo >= end) continue;
      try {
        await this.evaluate(rule, stored, end);
        judged++;
      } catch (error) {
        this.options.logger.error('node scaling of a cluster failed', { error, clusterId: rule.spec.clusterId });
      }
      await yieldTurn();
    }
    return judged;
  }

  private async evaluate(rule: NodeScalingRule, stored: StoredCounters | undefined, end: number): Promise<void> {
    const clusterId = rule.spec.clusterId;
    const cluster = await this.store.resources.find<Cluster>('cluster', clusterId);
    if (!cluster) {
      // The cluster was deleted: its rule goes with it (its counters went with the cluster's row).
      await this.store.resources.applyChanges({
        removes: [{ kind: 'node-scaling-rule', id: rule.metadata.id, expectedVersion: rule.metadata.resourceVersion }],
        events: [],
      });
      return;
    }
    const nodes = await this.store.resources.listInScope<Node>('node', clusterId);
    const events: NewEvent[] = [];
    let status = rule.status;
    const whitelists = syncedWhitelists(rule, nodes);
    if (whitelists) {
      status = { ...status, rdsWhitelists: whitelists.whitelists };
      events.push(whitelists.event);
    }
    let counts = stored ? { over: stored.over, under: stored.under } : NO_COUNTS;
    if (cluster.status.phase === 'Running') {
      // Periods missed (a restart, a late timer) are judged too, but no more than can make a run.
      const first = Math.max(stored?.judgedTo ?? end - P, end - CONSECUTIVE_PERIODS * P);
      for (let from = first; from < end; from += P) {
        const judged = judgePeriod(
          judgedPolicy(rule),
          counts,
          await this.usage.averages(clusterId, nodes, from, from + P),
        );
        counts = judged.counters;
        if (!judged.direction) continue;
        const outcome = await this.actions.scale(
          rule,
          nodes,
          judged as PeriodJudgement & { direction: 'expand' | 'contract' },
        );
        if (outcome) {
          events.push(outcome.event);
          if (outcome.scaled)
            status = {
              ...status,
              lastScaling: {
                at: new Date(end).toISOString(),
                direction: judged.direction,
                message: outcome.event.message,
              },
            };
        }
        break;
      }
    }
    await this.store.resources.transact(async (trx, at) => {
      if (status !== rule.status || events.length > 0) {
        await this.store.resources.applyIn(
          trx,
          {
            updates:
              status !== rule.status
                ? [
                    {
                      kind: 'node-scaling-rule',
                      id: rule.metadata.id,
                      expectedVersion: rule.metadata.resourceVersion,
                      status,
                    },
                  ]
                : [],
            events,
          },
          at,
        );
      }
      await this.store.scalingCounters.setIn(trx, 'cluster', clusterId, { ...counts, judgedTo: end });
    });
  }
}

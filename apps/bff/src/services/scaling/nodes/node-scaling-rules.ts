import {
  ConflictError,
  InputError,
  NODE_CONTRACTION_STEP,
  NODE_SCALING_PREREQUISITES,
  NotFoundError,
  SCALING_PERIOD_MS,
  nodeScalingMetricsText,
  nodeScalingPrerequisiteProblems,
  nodeScalingPrerequisites,
  nodeScalingRuleId,
  rdsInstancesIn,
} from '@cs/domain';
import type { Cluster, NodeScalingPrerequisite, NodeScalingRule, Quotas, ScalingDirection } from '@cs/domain';
import type {
  NodeScalingAlarmRuleList,
  NodeScalingPrerequisitesDto,
  NodeScalingRuleInput,
  RdsInstanceDto,
} from '@cs/contracts';
import type { Store } from '../../../store/store.ts';
import { expansionZoneProblem } from '../../cluster-operations.ts';
import { clusterEvent } from '../../cluster-service.ts';
import { nodeScalingAlarmRules } from './node-scaling-alarm-rules.ts';

const RULE_NAME = 'node-scaling';
const periodStart = (now: number) => Math.floor(now / SCALING_PERIOD_MS) * SCALING_PERIOD_MS;

/** "Create node auto scaling rule of cluster ops: CPU Utilization: …, nodes 2-10." */
function ruleEvent(cluster: Cluster, reason: string, verb: string, spec: NodeScalingRule['spec']) {
  const { bounds, min, max } = spec.policy;
  return clusterEvent(
    cluster.metadata.id,
    reason,
    `${verb} node auto scaling rule of cluster ${cluster.metadata.name}: ${nodeScalingMetricsText(bounds)}, nodes ${min}-${max}.`,
  );
}

/** Node Scaling of Clusters > Manage: one rule per cluster, its prerequisites, its alarm rules, the RDS instances. */
export class NodeScalingRules {
  constructor(
    private readonly store: Store,
    private readonly now: () => number,
    private readonly quotas: Quotas,
  ) {}

  private cluster(id: string): Promise<Cluster> {
    return this.store.resources.get<Cluster>('cluster', id);
  }

  async get(clusterId: string): Promise<NodeScalingRule | null> {
    await this.cluster(clusterId);
    return (
      (await this.store.resources.find<NodeScalingRule>('node-scaling-rule', nodeScalingRuleId(clusterId))) ?? null
    );
  }

  private async existing(clusterId: string): Promise<NodeScalingRule> {
    const rule = await this.get(clusterId);
    if (!rule) throw new NotFoundError('node-scaling-rule', clusterId);
    return rule;
  }

  async prerequisites(clusterId: string): Promise<NodeScalingPrerequisitesDto> {
    const met = nodeScalingPrerequisites(await this.cluster(clusterId));
    const items = (Object.keys(met) as NodeScalingPrerequisite[]).map((key) => ({
      key,
      met: met[key],
      message: NODE_SCALING_PREREQUISITES[key],
    }));
    return { items, ready: items.every((i) => i.met) };
  }

  /** Refuses, with the guide's messages, a cluster that has not met the prerequisites; checks the rule against it. */
  private assertFits(cluster: Cluster, input: NodeScalingRuleInput): void {
    const missing = nodeScalingPrerequisiteProblems(cluster);
    if (missing.length > 0) throw new ConflictError(missing.join(' '));
    const problems: { field: string; message: string }[] = [];
    const zone = expansionZoneProblem(cluster, input.instance.zone);
    if (zone) problems.push({ field: 'instance.zone', message: zone });
    if (input.max > this.quotas.nodesPerCluster)
      problems.push({
        field: 'max',
        message: `A cluster can contain up to ${this.quotas.nodesPerCluster} nodes: the Max Number of Cluster Nodes is at most ${this.quotas.nodesPerCluster}.`,
      });
    const inRegion = new Set(rdsInstancesIn(cluster.spec.region).map((i) => i.id));
    for (const id of input.rdsInstanceIds)
      if (!inRegion.has(id))
        problems.push({
          field: 'rdsInstanceIds',
          message: `${id} is not an RDS instance of ${cluster.spec.region}: the ECS instances must be in the same region as the RDS instances.`,
        });
    if (problems.length > 0) throw new InputError(problems);
  }

  private specOf(clusterId: string, input: NodeScalingRuleInput, alarms: NodeScalingRule['spec']['alarms']) {
    const { bounds, step, min, max, instance } = input;
    return {
      clusterId,
      policy: { bounds, step, contractionStep: NODE_CONTRACTION_STEP, min, max },
      instance,
      rdsInstanceIds: [...new Set(input.rdsInstanceIds)],
      alarms,
    };
  }

  /** Starts the three-in-a-row count afresh: a new or changed rule judges from the next period on. */
  private async resetCounters(clusterId: string): Promise<void> {
    await this.store.resources.transact((trx) =>
      this.store.scalingCounters.setIn(trx, 'cluster', clusterId, {
        over: 0,
        under: 0,
        judgedTo: periodStart(this.now()),
      }),
    );
  }

  async create(clusterId: string, input: NodeScalingRuleInput): Promise<NodeScalingRule> {
    const cluster = await this.cluster(clusterId);
    if (await this.get(clusterId))
      throw new ConflictError('The cluster already has a node scaling rule: modify or delete it.');
    this.assertFits(cluster, input);
    const spec = this.specOf(clusterId, input, { expand: { enabled: true }, contract: { enabled: true } });
    const at = new Date(this.now()).toISOString();
    const created = await this.store.resources.create<NodeScalingRule['spec'], NodeScalingRule['status']>(
      'node-scaling-rule',
      {
        id: nodeScalingRuleId(clusterId),
        name: RULE_NAME,
        scope: clusterId,
        clusterId,
        spec,
        status: {
          phase: 'Active',
          phaseSince: at,
          observedGeneration: 1,
          conditions: [],
          lastScaling: null,
          rdsWhitelists: {},
        },
      },
      {
        nameTaken: 'The cluster already has a node scaling rule: modify or delete it.',
        events: [ruleEvent(cluster, 'NodeScalingRuleCreated', 'Create', spec)],
      },
    );
    await this.resetCounters(clusterId);
    return created;
  }

  async update(clusterId: string, input: NodeScalingRuleInput, resourceVersion: number): Promise<NodeScalingRule> {
    const cluster = await this.cluster(clusterId);
    const rule = await this.existing(clusterId);
    this.assertFits(cluster, input);
    const spec = this.specOf(clusterId, input, rule.spec.alarms);
    const updated = await this.store.resources.update<NodeScalingRule>(
      'node-scaling-rule',
      rule.metadata.id,
      resourceVersion,
      () => ({ spec }),
      [ruleEvent(cluster, 'NodeScalingRuleModified', 'Modify', spec)],
    );
    await this.resetCounters(clusterId);
    return updated;
  }

  async delete(clusterId: string): Promise<void> {
    const cluster = await this.cluster(clusterId);
    const rule = await this.existing(clusterId);
    await this.store.resources.applyChanges({
      removes: [{ kind: 'node-scaling-rule', id: rule.metadata.id, expectedVersion: rule.metadata.resourceVersion }],
      events: [
        clusterEvent(
          clusterId,
          'NodeScalingRuleDeleted',
          `Delete node auto scaling rule of cluster ${cluster.metadata.name}.`,
        ),
      ],
    });
    await this.resetCounters(clusterId);
  }

  /** The monitoring's alarm rules of auto scaling: none until the cluster's RAM authorization was updated. */
  async alarmRules(clusterId: string): Promise<NodeScalingAlarmRuleList> {
    const cluster = await this.cluster(clusterId);
    const authorized = Boolean(cluster.status.ramAuthorizedAt);
    const rule = await this.get(clusterId);
    if (!authorized || !rule) return { items: [], total: 0, authorized };
    const counters = (await this.store.scalingCounters.of([clusterId])).get(clusterId);
    const items = nodeScalingAlarmRules(rule, counters);
    return { items, total: items.length, authorized };
  }

  /** Enable or disable one direction's alarm rule: a disabled one is not judged. */
  async toggleAlarm(
    clusterId: string,
    direction: ScalingDirection,
    enabled: boolean,
    resourceVersion: number,
  ): Promise<NodeScalingAlarmRuleList> {
    const cluster = await this.cluster(clusterId);
    const rule = await this.existing(clusterId);
    if (!cluster.status.ramAuthorizedAt) throw new ConflictError(NODE_SCALING_PREREQUISITES['ram-authorization']);
    const what = direction === 'expand' ? 'expansion' : 'contraction';
    await this.store.resources.update<NodeScalingRule>(
      'node-scaling-rule',
      rule.metadata.id,
      resourceVersion,
      (current) => ({
        spec: { ...current.spec, alarms: { ...current.spec.alarms, [direction]: { enabled } } },
      }),
      [
        clusterEvent(
          clusterId,
          enabled ? 'NodeScalingAlarmEnabled' : 'NodeScalingAlarmDisabled',
          `${enabled ? 'Enable' : 'Disable'} the ${what} alarm rule of node auto scaling of cluster ${cluster.metadata.name}.`,
        ),
      ],
    );
    return this.alarmRules(clusterId);
  }

  /** The account's RDS instances of a region, with the IPs node auto scaling added to each white list. */
  async rdsInstances(region: string): Promise<{ items: RdsInstanceDto[]; total: number }> {
    const rules = (await this.store.resources.listAll<NodeScalingRule>('node-scaling-rule')).filter(
      (r) => r.spec.rdsInstanceIds.length > 0,
    );
    const items = rdsInstancesIn(region).map((rds) => ({
      ...rds,
      whitelist: [...new Set(rules.flatMap((r) => r.status.rdsWhitelists[rds.id] ?? []))].sort(),
    }));
    return { items, total: items.length };
  }
}

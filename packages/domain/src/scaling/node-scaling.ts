import type { Cluster } from '../clusters.ts';
import { LATEST_AGENT_VERSION, SYSTEM_SERVICE_VERSIONS } from '../cluster-operations.ts';
import type { OperatingSystem } from '../instance-types.ts';
import type { Node } from '../nodes.ts';
import type { Resource, ResourceStatus } from '../resource.ts';
import { CONSECUTIVE_PERIODS, SCALING_LIMITS, scalingBoundsProblem } from './auto-scaling.ts';
import type { ScalingBounds, ScalingDirection, ScalingMetric, ScalingPolicy } from './auto-scaling.ts';

/** "The default value of the Contraction Step is 1 and you cannot modify it." */
export const NODE_CONTRACTION_STEP = 1;

/** The user tag that makes a manually added node one that node contraction may remove. */
export const RESCHEDULE_TAG = { key: 'aliyun.reschedule', value: 'true' } as const;

/** Where expansion puts the new Pay-As-You-Go nodes: as in Create Cluster. */
export interface NodeScalingInstanceSpec {
  zone: string;
  instanceType: string;
  operatingSystem: OperatingSystem;
}

export interface NodeScalingRuleSpec {
  clusterId: string;
  policy: ScalingPolicy;
  instance: NodeScalingInstanceSpec;
  /** RDS instances of the region whose white lists get the new nodes' IP addresses. */
  rdsInstanceIds: string[];
  /** The two alarm rules of the monitoring list: a disabled one is not judged. */
  alarms: Record<ScalingDirection, { enabled: boolean }>;
}

export interface NodeScalingRuleStatus extends ResourceStatus<'Active'> {
  /** The last scaling carried out (or refused), for the list and the events. */
  lastScaling: { at: string; direction: ScalingDirection; message: string } | null;
  /** Per chosen RDS instance, the IP addresses auto scaling added to its white list. */
  rdsWhitelists: Record<string, string[]>;
}

export type NodeScalingRule = Resource<NodeScalingRuleSpec, NodeScalingRuleStatus>;

/** One rule per cluster: its id is derived from the cluster's, so the store refuses a second. */
export const nodeScalingRuleId = (clusterId: string) => `nsr-${clusterId}`;

export type NodeScalingPrerequisite = 'agent' | 'acsmonitoring' | 'ram-authorization';

/** The guide's prerequisites, in its words. */
export const NODE_SCALING_PREREQUISITES: Record<NodeScalingPrerequisite, string> = {
  agent: 'Upgrade the cluster Agent to the latest version.',
  acsmonitoring: 'Upgrade the cluster monitoring service (acsmonitoring) to the latest version.',
  'ram-authorization':
    'Activate the RAM service and update the access authorization information (Clusters > More > Update RAM Authorization Information).',
};

/** Which prerequisites of node auto scaling the cluster has met. */
export function nodeScalingPrerequisites(cluster: Cluster): Record<NodeScalingPrerequisite, boolean> {
  return {
    agent: cluster.status.agentVersion === LATEST_AGENT_VERSION,
    acsmonitoring: cluster.status.systemServices.acsmonitoring === SYSTEM_SERVICE_VERSIONS.latest,
    'ram-authorization': Boolean(cluster.status.ramAuthorizedAt),
  };
}

/** The guide's messages of the prerequisites the cluster has not met. */
export function nodeScalingPrerequisiteProblems(cluster: Cluster): string[] {
  const met = nodeScalingPrerequisites(cluster);
  return (Object.keys(met) as NodeScalingPrerequisite[])
    .filter((p) => !met[p])
    .map((p) => NODE_SCALING_PREREQUISITES[p]);
}

export const RAM_NOT_ACTIVATED =
  'Activate the RAM service before updating the authorization information: the RAM service of this account is not activated.';

/** What is wrong with a node scaling policy, per field, in the guide's words. */
export function nodeScalingPolicyProblems(policy: {
  bounds: Partial<Record<ScalingMetric, ScalingBounds>>;
  step: number;
  min: number;
  max: number;
}): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const metrics = Object.keys(policy.bounds) as ScalingMetric[];
  if (metrics.length === 0) problems.push({ field: 'bounds', message: 'Set the CPU or the memory utilization.' });
  for (const metric of metrics) {
    const problem = scalingBoundsProblem(policy.bounds[metric]!);
    if (problem) problems.push({ field: `bounds.${metric}.${problem.field}`, message: problem.message });
  }
  const { step } = SCALING_LIMITS;
  if (!(Number.isInteger(policy.step) && policy.step >= step.min && policy.step <= step.max))
    problems.push({ field: 'step', message: 'The range of the Expansion Step is 1~5.' });
  if (!(Number.isInteger(policy.min) && policy.min >= 1))
    problems.push({ field: 'min', message: 'The Min Number of Cluster Nodes is at least 1.' });
  if (!(Number.isInteger(policy.max) && policy.max >= policy.min))
    problems.push({
      field: 'max',
      message: 'The Max Number of Cluster Nodes must not be less than the Min Number of Cluster Nodes.',
    });
  return problems;
}

/** True when node contraction may remove the node: added by expansion, or tagged aliyun.reschedule=true. */
export function isContractible(node: Node): boolean {
  return node.spec.autoScaled === true || node.spec.tags[RESCHEDULE_TAG.key] === RESCHEDULE_TAG.value;
}

const METRIC_WORDS: Record<ScalingMetric, string> = { cpu: 'CPU', memory: 'memory' };

/** The event of a scaling: "Node auto scaling: cluster CPU average 85% > 70% for 3 periods: add 1 node." */
export function nodeScalingMessage(
  direction: ScalingDirection,
  cause: { metric: ScalingMetric; value: number; bound: number },
  change: number,
): string {
  const sign = direction === 'expand' ? '>' : '<';
  const what = direction === 'expand' ? `add ${change} node${change === 1 ? '' : 's'}` : `remove ${change} node`;
  return `Node auto scaling: cluster ${METRIC_WORDS[cause.metric]} average ${Math.round(cause.value)}% ${sign} ${cause.bound}% for ${CONSECUTIVE_PERIODS} periods: ${what}.`;
}

/** The Metrics column: "CPU Utilization: Maximum: 70 % Minimum: 10 % Memory Utilization: Not set". */
export function nodeScalingMetricsText(bounds: Partial<Record<ScalingMetric, ScalingBounds>>): string {
  const part = (label: string, b: ScalingBounds | undefined) =>
    b ? `${label}: Maximum: ${b.expansion} % Minimum: ${b.contraction} %` : `${label}: Not set`;
  return `${part('CPU Utilization', bounds.cpu)} ${part('Memory Utilization', bounds.memory)}`;
}

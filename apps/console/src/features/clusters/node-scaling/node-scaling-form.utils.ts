import { findInstanceType, instanceTypeLabel, nodeScalingMetricsText } from '@cs/domain';
import type { ClusterDto, NodeScalingRuleDto, NodeScalingRuleRequest } from '@cs/contracts';
import { DEFAULT_OPERATING_SYSTEM } from '../node-spec.utils.ts';

type Bounds = { expansion?: number; contraction?: number };

/** The wizard's values: the request's shape (so the BFF's field errors land on their items) plus two switches. */
export interface NodeScalingFormValues {
  metrics: { cpu: boolean; memory: boolean };
  bounds: { cpu?: Bounds; memory?: Bounds };
  step?: number;
  min?: number;
  max?: number;
  instance: { zone?: string; instanceType?: string; operatingSystem?: string };
  addToRdsWhitelist: boolean;
  rdsInstanceIds: string[];
}

/** The request fields the wizard has, as the API names them. */
export const POLICY_FIELDS = [
  'bounds.cpu.expansion',
  'bounds.cpu.contraction',
  'bounds.memory.expansion',
  'bounds.memory.contraction',
  'step',
  'min',
  'max',
] as const;
export const INSTANCE_FIELDS = [
  'instance.zone',
  'instance.instanceType',
  'instance.operatingSystem',
  'rdsInstanceIds',
] as const;
export const WIZARD_FIELDS: readonly string[] = [...POLICY_FIELDS, ...INSTANCE_FIELDS];

/** The request the wizard sends: only the metrics switched on, the RDS instances only when asked for. */
export function nodeScalingRequest(values: Partial<NodeScalingFormValues>): NodeScalingRuleRequest {
  const bounds: Record<string, Bounds> = {};
  for (const metric of ['cpu', 'memory'] as const)
    if (values.metrics?.[metric]) bounds[metric] = values.bounds?.[metric] ?? {};
  return {
    bounds: bounds as NodeScalingRuleRequest['bounds'],
    step: values.step as number,
    min: values.min as number,
    max: values.max as number,
    instance: values.instance as NodeScalingRuleRequest['instance'],
    rdsInstanceIds: values.addToRdsWhitelist ? (values.rdsInstanceIds ?? []) : [],
  };
}

/** A new rule's values: the guide's example (CPU 70 % / 10 %, step 1, 2 to 10 nodes), the cluster's node spec. */
export function newRuleValues(cluster: ClusterDto): NodeScalingFormValues {
  return {
    metrics: { cpu: true, memory: false },
    bounds: { cpu: { expansion: 70, contraction: 10 }, memory: { expansion: 80, contraction: 20 } },
    step: 1,
    min: Math.max(1, cluster.status.nodeCount),
    max: Math.max(10, cluster.status.nodeCount),
    instance: {
      zone: cluster.spec.zone,
      instanceType: cluster.spec.nodes?.instanceType ?? 'ecs.n1.small',
      operatingSystem: cluster.spec.nodes?.operatingSystem ?? DEFAULT_OPERATING_SYSTEM,
    },
    addToRdsWhitelist: false,
    rdsInstanceIds: [],
  };
}

/** Modify: the wizard prefilled with the rule. */
export function ruleValues(rule: NodeScalingRuleDto): NodeScalingFormValues {
  const { bounds, step, min, max } = rule.spec.policy;
  return {
    metrics: { cpu: Boolean(bounds.cpu), memory: Boolean(bounds.memory) },
    bounds: {
      cpu: bounds.cpu ?? { expansion: 70, contraction: 10 },
      memory: bounds.memory ?? { expansion: 80, contraction: 20 },
    },
    step,
    min,
    max,
    instance: { ...rule.spec.instance },
    addToRdsWhitelist: rule.spec.rdsInstanceIds.length > 0,
    rdsInstanceIds: rule.spec.rdsInstanceIds,
  };
}

/** The rule list's cells, in the guide's words. */
export function ruleCells(rule: NodeScalingRuleDto) {
  const { bounds, step, min, max } = rule.spec.policy;
  return {
    metrics: nodeScalingMetricsText(bounds),
    step: `Expansion Step ${step}`,
    range: `Min Number of Cluster Nodes: ${min} Max Number of Cluster Nodes: ${max}`,
    instanceType: instanceTypeLabel(findInstanceType(rule.spec.instance.instanceType)),
  };
}

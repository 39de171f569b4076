import { z } from 'zod';
import {
  INSTANCE_TYPES,
  MAX_QUOTA_NODES_PER_CLUSTER,
  OPERATING_SYSTEMS,
  SCALING_LIMITS,
  nodeScalingPolicyProblems,
} from '@cs/domain';
import { ObjectMetaSchema, listSchema, statusSchema } from './resource.ts';

const instanceTypeIds = INSTANCE_TYPES.map((t) => t.id) as [string, ...string[]];
const percent = (what: string) =>
  z.number(`Enter the ${what} as a percentage.`).finite(`Enter the ${what} as a percentage.`);
const nodeCount = (what: string) =>
  z
    .number(`Enter the ${what}.`)
    .int(`The ${what} is a whole number.`)
    .min(1, `The ${what} is at least 1.`)
    .max(MAX_QUOTA_NODES_PER_CLUSTER, `The ${what} is at most ${MAX_QUOTA_NODES_PER_CLUSTER}.`);

export const NodeScalingBoundsSchema = z.object({
  expansion: percent('Expansion Condition'),
  contraction: percent('Contraction Condition'),
});

/** Create Auto Scaling Rule: step 1 (the policy) and step 2 (the instance specification, the RDS white lists). */
export const NodeScalingRuleRequestSchema = z
  .object({
    bounds: z.object({ cpu: NodeScalingBoundsSchema.optional(), memory: NodeScalingBoundsSchema.optional() }),
    step: z
      .number('Enter the Expansion Step.')
      .int('The range of the Expansion Step is 1~5.')
      .min(SCALING_LIMITS.step.min, 'The range of the Expansion Step is 1~5.')
      .max(SCALING_LIMITS.step.max, 'The range of the Expansion Step is 1~5.')
      .default(1),
    min: nodeCount('Min Number of Cluster Nodes'),
    max: nodeCount('Max Number of Cluster Nodes'),
    instance: z.object({
      zone: z.string('Select a zone.').trim().min(1, 'Select a zone.').max(64, 'Select a zone.'),
      instanceType: z.enum(instanceTypeIds, 'Select an instance type.'),
      operatingSystem: z.enum(OPERATING_SYSTEMS, 'Select an operating system.'),
    }),
    rdsInstanceIds: z
      .array(z.string().trim().min(1).max(64, 'That is not an RDS instance id.'))
      .max(20, 'Select at most 20 RDS instances.')
      .default([]),
  })
  .superRefine((rule, ctx) => {
    for (const { field, message } of nodeScalingPolicyProblems(rule))
      ctx.addIssue({ code: 'custom', path: field.split('.'), message });
  });
export type NodeScalingRuleRequest = z.input<typeof NodeScalingRuleRequestSchema>;
export type NodeScalingRuleInput = z.output<typeof NodeScalingRuleRequestSchema>;

export const NodeScalingRuleUpdateSchema = z.object({
  rule: NodeScalingRuleRequestSchema,
  resourceVersion: z.number('Say which version you changed.').int(),
});
export type NodeScalingRuleUpdate = z.input<typeof NodeScalingRuleUpdateSchema>;

const DirectionSchema = z.enum(['expand', 'contract']);

export const NodeScalingRuleSchema = z.object({
  metadata: ObjectMetaSchema,
  spec: z.object({
    clusterId: z.string(),
    policy: z.object({
      bounds: z.object({ cpu: NodeScalingBoundsSchema.optional(), memory: NodeScalingBoundsSchema.optional() }),
      step: z.number().int(),
      contractionStep: z.number().int(),
      min: z.number().int(),
      max: z.number().int(),
    }),
    instance: z.object({ zone: z.string(), instanceType: z.string(), operatingSystem: z.enum(OPERATING_SYSTEMS) }),
    rdsInstanceIds: z.array(z.string()),
    alarms: z.record(DirectionSchema, z.object({ enabled: z.boolean() })),
  }),
  status: statusSchema(['Active']).extend({
    lastScaling: z.object({ at: z.string(), direction: DirectionSchema, message: z.string() }).nullable(),
    rdsWhitelists: z.record(z.string(), z.array(z.string())),
  }),
});
export type NodeScalingRuleDto = z.infer<typeof NodeScalingRuleSchema>;

/** `GET /clusters/{id}/node-scaling-rule`: the cluster's rule, or null before one is created. */
export const NodeScalingRuleAnswerSchema = z.object({ rule: NodeScalingRuleSchema.nullable() });

export const NodeScalingPrerequisitesSchema = z.object({
  items: z.array(
    z.object({ key: z.enum(['agent', 'acsmonitoring', 'ram-authorization']), met: z.boolean(), message: z.string() }),
  ),
  ready: z.boolean(),
});
export type NodeScalingPrerequisitesDto = z.infer<typeof NodeScalingPrerequisitesSchema>;

/** A row of the "Container Service Alarm Rule list": the expansion or contraction condition of the rule. */
export const NodeScalingAlarmRuleSchema = z.object({
  id: z.string(),
  direction: DirectionSchema,
  monitorItem: z.string(),
  description: z.string(),
  periods: z.string(),
  notificationObject: z.string(),
  status: z.enum(['normal', 'alarm']),
  enabled: z.boolean(),
  resourceVersion: z.number().int(),
});
export type NodeScalingAlarmRuleDto = z.infer<typeof NodeScalingAlarmRuleSchema>;

export const NodeScalingAlarmRuleListSchema = listSchema(NodeScalingAlarmRuleSchema).extend({
  /** False until the cluster's RAM authorization was updated: the list is then empty. */
  authorized: z.boolean(),
});
export type NodeScalingAlarmRuleList = z.infer<typeof NodeScalingAlarmRuleListSchema>;

/** Enable or disable: a disabled alarm rule's direction is not judged. */
export const NodeScalingAlarmToggleSchema = z.object({
  enabled: z.boolean('Say whether the alarm rule is enabled.'),
  resourceVersion: z.number('Say which version you changed.').int(),
});

export const NodeScalingDirectionParamSchema = DirectionSchema;

export const RamServiceSchema = z.object({ activated: z.boolean('Say whether the RAM service is activated.') });
export type RamServiceDto = z.infer<typeof RamServiceSchema>;

export const RdsInstanceSchema = z.object({
  id: z.string(),
  region: z.string(),
  description: z.string(),
  engine: z.string(),
  /** The IP addresses node auto scaling added to its white list. */
  whitelist: z.array(z.string()),
});
export type RdsInstanceDto = z.infer<typeof RdsInstanceSchema>;
export const RdsInstanceListSchema = listSchema(RdsInstanceSchema);
export const RdsInstanceListQuerySchema = z.object({
  region: z.string('Select a region.').trim().min(1, 'Select a region.').max(64, 'Select a region.'),
});

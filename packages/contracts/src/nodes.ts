import { z } from 'zod';
import { INSTANCE_PHASES, NODE_PHASES, OPERATING_SYSTEMS, logonPasswordProblem, userTagProblem } from '@cs/domain';
import { ObjectMetaSchema, PageQuerySchema, listSchema, statusSchema } from './resource.ts';

export const NodeSchema = z.object({
  metadata: ObjectMetaSchema,
  spec: z.object({
    clusterId: z.string(),
    region: z.string(),
    instanceId: z.string(),
    index: z.number().int(),
    zone: z.string(),
    instanceType: z.string(),
    operatingSystem: z.enum(OPERATING_SYSTEMS),
    chargeType: z.enum(['PayAsYouGo', 'Subscription']),
    origin: z.enum(['created', 'expanded', 'attached-automatically', 'attached-manually']),
    tags: z.record(z.string(), z.string()),
    operation: z.object({ kind: z.enum(['remove', 'reset']), migrateContainers: z.boolean() }).nullable(),
    /** Added by node auto scaling's expansion. */
    autoScaled: z.boolean().optional(),
  }),
  status: statusSchema(NODE_PHASES).extend({
    privateIp: z.string(),
    publicIp: z.string().nullable(),
    dockerVersion: z.string(),
    agentVersion: z.string(),
    reason: z.string().nullable(),
    /** Derived when read: the containers placed on the node. */
    containerCount: z.number().int(),
    cpu: z.number(),
    memoryGiB: z.number(),
  }),
});
export type NodeDto = z.infer<typeof NodeSchema>;
export const NodeListSchema = listSchema(NodeSchema);
export type NodeList = z.infer<typeof NodeListSchema>;

/** A logon password and its confirmation, checked by the guide's rule; spread into a request's shape. */
export const passwordFields = {
  password: z.string().superRefine((value, ctx) => {
    const problem = logonPasswordProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
  confirmPassword: z.string(),
};

/** Adds the "passwords match" check to a schema holding `passwordFields`. */
export function withConfirmedPassword<S extends z.ZodObject<typeof passwordFields>>(schema: S): S {
  return schema.refine((p) => p.password === p.confirmPassword, {
    path: ['confirmPassword'],
    message: 'The passwords do not match.',
  });
}

export const NodeRemoveQuerySchema = z.object({
  migrateContainers: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});

export const NodeResetRequestSchema = withConfirmedPassword(
  z.object({ ...passwordFields, migrateContainers: z.boolean().default(false) }),
);
export type NodeResetRequest = z.input<typeof NodeResetRequestSchema>;

export const UserTagSchema = z.object({ key: z.string().trim(), value: z.string().trim() }).superRefine((tag, ctx) => {
  const problem = userTagProblem(tag.key, tag.value);
  if (problem) ctx.addIssue({ code: 'custom', path: [problem.field], message: problem.message });
});

export const AddUserTagRequestSchema = z.object({
  nodeIds: z.array(z.string()).min(1, 'Select at least one node.'),
  tag: UserTagSchema,
});
export type AddUserTagRequest = z.input<typeof AddUserTagRequestSchema>;

export const DeleteUserTagRequestSchema = z.object({
  nodeIds: z.array(z.string()).min(1, 'Select at least one node.'),
  key: z.string().min(1, 'Name the tag key to delete.'),
});
export type DeleteUserTagRequest = z.input<typeof DeleteUserTagRequestSchema>;

export const InstanceSchema = z.object({
  metadata: ObjectMetaSchema,
  spec: z.object({
    region: z.string(),
    zone: z.string(),
    networkType: z.enum(['classic', 'vpc']),
    vpcId: z.string().nullable(),
    instanceType: z.string(),
    operatingSystem: z.enum(OPERATING_SYSTEMS),
    kernelVersion: z.string(),
    chargeType: z.enum(['PayAsYouGo', 'Subscription']),
  }),
  status: statusSchema(INSTANCE_PHASES).extend({
    privateIp: z.string(),
    publicIp: z.string().nullable(),
    clusterId: z.string().nullable(),
  }),
});
export type InstanceDto = z.infer<typeof InstanceSchema>;
export const InstanceListSchema = listSchema(InstanceSchema);

export type InstanceListQuery = Partial<{
  region: string;
  networkType: 'classic' | 'vpc';
  vpcId: string;
  available: boolean;
  page: number;
  pageSize: number;
}>;

export const InstanceListQuerySchema = PageQuerySchema.extend({
  region: z.string().optional(),
  networkType: z.enum(['classic', 'vpc']).optional(),
  vpcId: z.string().optional(),
  /** Only instances in no cluster. */
  available: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
});

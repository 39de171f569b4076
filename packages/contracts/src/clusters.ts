import { z } from 'zod';
import {
  CLUSTER_NAME_RULE,
  CLUSTER_PHASES,
  INSTANCE_TYPES,
  MAX_NODES_PER_CLUSTER,
  OPERATING_SYSTEMS,
  findRegion,
  isValidClusterName,
  logonPasswordProblem,
  parseCidr,
} from '@cs/domain';
import { ObjectMetaSchema, PageQuerySchema, listSchema, statusSchema } from './resource.ts';

const instanceTypeIds = INSTANCE_TYPES.map((t) => t.id) as [string, ...string[]];

export const ClusterVpcSchema = z.object({
  vpcId: z.string().trim().min(1, 'Select a VPC.'),
  vswitchId: z.string().trim().min(1, 'Select a VSwitch.'),
  containerCidr: z
    .string()
    .trim()
    .refine((v) => parseCidr(v) !== undefined, 'Enter a CIDR block such as 172.18.0.0/16.'),
});

export const ClusterNodesRequestSchema = z
  .object({
    quantity: z
      .number()
      .int()
      .min(1, 'Add at least 1 instance.')
      .max(MAX_NODES_PER_CLUSTER, `Each cluster can contain up to ${MAX_NODES_PER_CLUSTER} ECS instances.`),
    instanceType: z.enum(instanceTypeIds, 'Select an instance type.'),
    operatingSystem: z.enum(OPERATING_SYSTEMS, 'Select an operating system.'),
    password: z.string().superRefine((value, ctx) => {
      const problem = logonPasswordProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
    confirmPassword: z.string(),
  })
  .refine((n) => n.password === n.confirmPassword, {
    path: ['confirmPassword'],
    message: 'The passwords do not match.',
  });

export const ClusterCreateRequestSchema = z
  .object({
    name: z.string().trim().refine(isValidClusterName, CLUSTER_NAME_RULE),
    region: z.string(),
    zone: z.string(),
    networkType: z.enum(['classic', 'vpc'], 'Select Classic or VPC.'),
    vpc: ClusterVpcSchema.nullable().default(null),
    nodes: ClusterNodesRequestSchema.nullable(),
    createSlb: z.boolean().default(true),
  })
  .superRefine((req, ctx) => {
    const region = findRegion(req.region);
    if (!region) {
      ctx.addIssue({ code: 'custom', path: ['region'], message: 'Select a region.' });
    } else if (!region.zones.includes(req.zone)) {
      ctx.addIssue({ code: 'custom', path: ['zone'], message: `Select a zone of ${region.name}.` });
    }
    if (req.networkType === 'vpc' && !req.vpc) {
      ctx.addIssue({
        code: 'custom',
        path: ['vpc'],
        message: 'A VPC cluster needs a VPC, a VSwitch and a container CIDR.',
      });
    }
    if (req.networkType === 'classic' && req.vpc) {
      ctx.addIssue({ code: 'custom', path: ['vpc'], message: 'A Classic cluster takes no VPC settings.' });
    }
  });
export type ClusterCreateRequest = z.input<typeof ClusterCreateRequestSchema>;
export type ClusterCreateInput = z.output<typeof ClusterCreateRequestSchema>;

export const ClusterSchema = z.object({
  metadata: ObjectMetaSchema,
  spec: z.object({
    region: z.string(),
    zone: z.string(),
    networkType: z.enum(['classic', 'vpc']),
    vpc: ClusterVpcSchema.nullable(),
    nodes: z
      .object({ quantity: z.number().int(), instanceType: z.string(), operatingSystem: z.enum(OPERATING_SYSTEMS) })
      .nullable(),
    createSlb: z.boolean(),
    deletion: z.object({ keepSlb: z.boolean() }).nullable(),
  }),
  status: statusSchema(CLUSTER_PHASES).extend({
    nodeCount: z.number().int(),
    dockerVersion: z.string(),
    agentVersion: z.string(),
    reason: z.string().nullable(),
  }),
});
export type ClusterDto = z.infer<typeof ClusterSchema>;

export const ClusterListSchema = listSchema(ClusterSchema);
export type ClusterList = z.infer<typeof ClusterListSchema>;

export const ClusterListQuerySchema = PageQuerySchema.extend({
  name: z.string().trim().max(64).optional(),
});
export type ClusterListQuery = Partial<z.output<typeof ClusterListQuerySchema>>;

export const ClusterDeleteQuerySchema = z.object({
  keepSlb: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});

import { z } from 'zod';
import {
  CLUSTER_NAME_RULE,
  CLUSTER_PHASES,
  INSTANCE_TYPES,
  MAX_QUOTA_NODES_PER_CLUSTER,
  OPERATING_SYSTEMS,
  clusterSizeMessage,
  findRegion,
  isValidClusterName,
  SYSTEM_SERVICES,
  containerCidrProblem,
  findVpc,
  parseCidr,
} from '@cs/domain';
import { passwordFields, withConfirmedPassword } from './nodes.ts';
import { ObjectMetaSchema, PageQuerySchema, listSchema, statusSchema } from './resource.ts';

export const SecurityGroupRuleSchema = z.object({
  policy: z.literal('Allow'),
  protocol: z.enum(['All', 'Custom TCP', 'All ICMP']),
  portRange: z.string(),
  authorizationType: z.literal('Address Field Access'),
  authorizationObject: z.string(),
  priority: z.number().int(),
});

const instanceTypeIds = INSTANCE_TYPES.map((t) => t.id) as [string, ...string[]];

export const ClusterVpcSchema = z.object({
  vpcId: z.string().trim().min(1, 'Select a VPC.'),
  vswitchId: z.string().trim().min(1, 'Select a VSwitch.'),
  containerCidr: z
    .string()
    .trim()
    .refine((v) => parseCidr(v) !== undefined, 'Enter a CIDR block such as 172.18.0.0/16.'),
});

export const DISK_TYPES = ['cloud_efficiency', 'cloud_ssd'] as const;

export const ClusterNodesRequestSchema = withConfirmedPassword(
  z.object({
    ...passwordFields,
    /** Bounded here; the BFF refuses more than the configured QUOTA_NODES_PER_CLUSTER. */
    quantity: z
      .number()
      .int()
      .min(1, 'Add at least 1 instance.')
      .max(MAX_QUOTA_NODES_PER_CLUSTER, clusterSizeMessage(MAX_QUOTA_NODES_PER_CLUSTER)),
    instanceType: z.enum(instanceTypeIds, 'Select an instance type.'),
    operatingSystem: z.enum(OPERATING_SYSTEMS, 'Select an operating system.'),
    systemDiskType: z.enum(DISK_TYPES, 'Select Ultra Cloud Disk or SSD Cloud Disk.').default('cloud_efficiency'),
    /** Attached at /var/lib/docker for images and containers; null when not attached. */
    dataDisk: z
      .object({
        type: z.enum(DISK_TYPES, 'Select Ultra Cloud Disk or SSD Cloud Disk.'),
        sizeGiB: z.number().int().min(20, 'A data disk is 20-32768 GB.').max(32768, 'A data disk is 20-32768 GB.'),
      })
      .nullable()
      .default(null),
    /** VPC only: an EIP per node; without one, configure an SNAT gateway. */
    eip: z.boolean().default(true),
    cloudMonitorPlugin: z.boolean().default(false),
    /** Add the nodes' IP addresses to the white lists of the account's RDS instances in the region. */
    addToRdsWhitelist: z.boolean().default(false),
  }),
);

/** The operation in progress, as the API shows it (a manual attachment's token hash stays inside). */
export const ClusterOperationSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('expand'),
    quantity: z.number().int(),
    zone: z.string(),
    instanceType: z.string(),
    operatingSystem: z.enum(OPERATING_SYSTEMS),
  }),
  z.object({
    kind: z.literal('attach'),
    mode: z.enum(['automatic', 'manual']),
    instanceIds: z.array(z.string()),
    tokenExpiresAt: z.string().nullable(),
  }),
  z.object({ kind: z.literal('upgrade-agent'), migrateContainers: z.boolean() }),
  z.object({
    kind: z.literal('upgrade-docker'),
    mode: z.enum(['direct', 'snapshot']),
    decision: z.enum(['continue', 'quit']).nullable(),
  }),
  z.object({ kind: z.literal('upgrade-system-services'), services: z.array(z.enum(SYSTEM_SERVICES)) }),
  z.object({ kind: z.literal('clear-disk') }),
]);

/** The VPC must be the region's, the VSwitch the VPC's in the chosen zone, the container CIDR apart from all its VSwitches. */
function vpcProblems(
  region: string,
  zone: string,
  vpc: z.output<typeof ClusterVpcSchema>,
): { path: string[]; message: string }[] {
  const found = findVpc(vpc.vpcId);
  if (!found || found.region !== region) return [{ path: ['vpc', 'vpcId'], message: 'Select a VPC of the region.' }];
  const vswitch = found.vswitches.find((v) => v.id === vpc.vswitchId);
  if (!vswitch) return [{ path: ['vpc', 'vswitchId'], message: `Select a VSwitch of ${found.id}.` }];
  if (vswitch.zone !== zone)
    return [{ path: ['vpc', 'vswitchId'], message: `The VSwitch is in ${vswitch.zone}; select one in ${zone}.` }];
  const problem = parseCidr(vpc.containerCidr) && containerCidrProblem(found, vpc.containerCidr);
  return problem ? [{ path: ['vpc', 'containerCidr'], message: problem }] : [];
}

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
    if (req.vpc)
      vpcProblems(req.region, req.zone, req.vpc).forEach((issue) => ctx.addIssue({ code: 'custom', ...issue }));
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
      .object({
        quantity: z.number().int(),
        instanceType: z.string(),
        operatingSystem: z.enum(OPERATING_SYSTEMS),
        systemDiskType: z.enum(DISK_TYPES),
        dataDisk: z.object({ type: z.enum(DISK_TYPES), sizeGiB: z.number().int() }).nullable(),
        eip: z.boolean(),
        cloudMonitorPlugin: z.boolean(),
        addToRdsWhitelist: z.boolean(),
      })
      .nullable(),
    createSlb: z.boolean(),
    deletion: z.object({ keepSlb: z.boolean() }).nullable(),
    rootDomain: z.string().nullable(),
    boundSlbId: z.string().nullable(),
    operation: ClusterOperationSchema.nullable(),
  }),
  status: statusSchema(CLUSTER_PHASES).extend({
    resources: z.object({
      securityGroupId: z.string().nullable(),
      securityGroupRules: z.array(SecurityGroupRuleSchema),
      slbId: z.string().nullable(),
      /** `tcp://<host>:<port>`: the cluster's Docker endpoint on this machine, once it is created. */
      dockerEndpoint: z.string().nullable(),
    }),
    dockerVersion: z.string(),
    agentVersion: z.string(),
    systemServices: z.record(z.enum(SYSTEM_SERVICES), z.string()),
    reason: z.string().nullable(),
    /** When More > Update RAM Authorization Information last succeeded. */
    ramAuthorizedAt: z.string().nullable().optional(),
    /** Derived when read, from the cluster's nodes: the Number of Nodes and Node Status columns. */
    nodeCount: z.number().int(),
    nodeHealth: z.enum(['Healthy', 'Unhealthy', 'No node status']),
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

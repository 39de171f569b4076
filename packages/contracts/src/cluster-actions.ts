import { z } from 'zod';
import { INSTANCE_TYPES, MAX_QUOTA_NODES_PER_CLUSTER, OPERATING_SYSTEMS, SYSTEM_SERVICES } from '@cs/domain';
import { ClusterSchema } from './clusters.ts';
import { passwordFields, withConfirmedPassword } from './nodes.ts';

const instanceTypeIds = INSTANCE_TYPES.map((t) => t.id) as [string, ...string[]];

/** More > Expand: new Pay-As-You-Go nodes, possibly in another zone (a cross-zone cluster). */
export const ClusterExpandRequestSchema = withConfirmedPassword(
  z.object({
    ...passwordFields,
    /** Bounded here; the BFF refuses more than the cluster's room under QUOTA_NODES_PER_CLUSTER. */
    quantity: z
      .number()
      .int()
      .min(1, 'Add at least 1 instance.')
      .max(MAX_QUOTA_NODES_PER_CLUSTER, `A cluster can contain up to ${MAX_QUOTA_NODES_PER_CLUSTER} nodes.`),
    zone: z.string().min(1, 'Select a zone.'),
    instanceType: z.enum(instanceTypeIds, 'Select an instance type.'),
    operatingSystem: z.enum(OPERATING_SYSTEMS, 'Select an operating system.'),
  }),
);
export type ClusterExpandRequest = z.input<typeof ClusterExpandRequestSchema>;

/** More > Add Existing Instances: automatically (reset image, several at once) or manually (one, by script). */
export const ClusterAttachRequestSchema = z.discriminatedUnion('mode', [
  withConfirmedPassword(
    z.object({
      ...passwordFields,
      mode: z.literal('automatic'),
      instanceIds: z.array(z.string()).min(1, 'Select at least one instance.').max(MAX_QUOTA_NODES_PER_CLUSTER),
    }),
  ),
  z.object({
    mode: z.literal('manual'),
    instanceIds: z.array(z.string()).length(1, 'Select exactly one instance to add manually.'),
  }),
]);
export type ClusterAttachRequest = z.input<typeof ClusterAttachRequestSchema>;

/** The answer to a manual attachment: the command to run on the instance, with its one-time token. */
export const AttachCommandSchema = z.object({
  instanceId: z.string(),
  command: z.string(),
  expiresAt: z.string(),
});
export type AttachCommand = z.infer<typeof AttachCommandSchema>;

export const AttachResponseSchema = z.union([
  z.object({ cluster: ClusterSchema }),
  z.object({ attachCommand: AttachCommandSchema }),
]);
export type AttachResponse = z.infer<typeof AttachResponseSchema>;

export const UpgradeAgentRequestSchema = z.object({ migrateContainers: z.boolean().default(false) });

export const UpgradeDockerRequestSchema = z.object({
  mode: z.enum(['direct', 'snapshot'], 'Choose Upgrade Directly or Back up Snapshot before Upgrade.'),
});
export type UpgradeDockerRequest = z.input<typeof UpgradeDockerRequestSchema>;

/** After a failed snapshot: Continue the upgrade anyway, or Quit it. */
export const UpgradeDockerDecisionSchema = z.object({ decision: z.enum(['continue', 'quit']) });

export const UpgradeSystemServicesRequestSchema = z.object({
  services: z.array(z.enum(SYSTEM_SERVICES)).min(1, 'Select at least one system service.'),
});
export type UpgradeSystemServicesRequest = z.input<typeof UpgradeSystemServicesRequestSchema>;

const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export const RootDomainRequestSchema = z.object({
  rootDomain: z
    .string()
    .trim()
    .toLowerCase()
    .refine((d) => DOMAIN.test(d), 'Enter a domain name such as example.com.')
    .nullable(),
});

export const BindSlbRequestSchema = z.object({
  slbId: z
    .string()
    .trim()
    .regex(/^lb-[a-z0-9]{8,32}$/, 'Enter a Server Load Balancer ID such as lb-bp1xxxxxxxxxxxxxxx.')
    .nullable(),
});

import { z } from 'zod';
import { CONTAINER_STATES, HEALTH_STATES, WORKLOAD_PHASES } from '@cs/domain';
import { ObjectMetaSchema, PageQuerySchema, listSchema, statusSchema } from './resource.ts';

/** "Ready:3 Stop:0": derived when read, from the containers. */
export const ContainerCountsSchema = z.object({
  ready: z.number().int(),
  stopped: z.number().int(),
  other: z.number().int(),
});
export type ContainerCountsDto = z.infer<typeof ContainerCountsSchema>;

export const CategorySchema = z.enum(['online', 'batch', 'system']);

const OperatorSchema = z.enum(['==', '!=', '==~', '!=~']);

export const ServiceDefinitionSchema = z.object({
  image: z.string().nullable(),
  scale: z.number().int(),
  global: z.boolean(),
  ports: z.array(
    z.object({
      hostIp: z.string().optional(),
      hostPort: z.number().int().optional(),
      containerPort: z.number().int(),
      count: z.number().int(),
      protocol: z.enum(['tcp', 'udp']),
    }),
  ),
  expose: z.array(z.object({ port: z.number().int(), count: z.number().int(), protocol: z.enum(['tcp', 'udp']) })),
  environment: z.record(z.string(), z.string()),
  labels: z.record(z.string(), z.string()),
  links: z.array(z.object({ target: z.string(), alias: z.string() })),
  externalLinks: z.array(z.object({ target: z.string(), alias: z.string() })),
  volumes: z.array(
    z.object({
      kind: z.enum(['bind', 'volume', 'anonymous']),
      source: z.string().optional(),
      target: z.string(),
      mode: z.string().optional(),
      local: z.boolean(),
    }),
  ),
  command: z.union([z.string(), z.array(z.string())]).nullable(),
  entrypoint: z.union([z.string(), z.array(z.string())]).nullable(),
  restart: z.string(),
  cpuShares: z.number().nullable(),
  memLimit: z.number().nullable(),
  networkMode: z.string().nullable(),
  hostname: z.string().nullable(),
  containerName: z.string().nullable(),
  dnsOptions: z.array(z.string()),
  external: z.object({ host: z.string(), ports: z.array(z.number()) }).nullable(),
  dependsOn: z.array(z.string()),
  constraints: z.array(
    z.object({
      key: z.string(),
      operator: OperatorSchema,
      values: z.array(z.string()),
      hard: z.boolean(),
      expression: z.string(),
    }),
  ),
  affinities: z.array(
    z.object({
      kind: z.enum(['service', 'image']),
      operator: OperatorSchema,
      value: z.string(),
      hard: z.boolean(),
      expression: z.string(),
    }),
  ),
  availability: z.object({ zones: z.number().int(), hard: z.boolean() }).nullable(),
  reschedule: z.enum(['on-node-failure', 'off']).nullable(),
  rollingUpdates: z.boolean(),
  parallelism: z.number().int(),
  probe: z
    .object({
      kind: z.enum(['http', 'tcp', 'cmd']),
      target: z.string(),
      timeoutSeconds: z.number().nullable(),
      initialDelaySeconds: z.number().nullable(),
    })
    .nullable(),
});
export type ServiceDefinitionDto = z.infer<typeof ServiceDefinitionSchema>;

const WorkloadStatusSchema = statusSchema(WORKLOAD_PHASES).extend({
  reason: z.string().nullable(),
  containerCounts: ContainerCountsSchema,
});

export const ServiceOperationSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('deploy') }),
  z.object({ kind: z.literal('update'), reschedule: z.boolean() }),
  z.object({ kind: z.literal('redeploy') }),
  z.object({ kind: z.literal('stop') }),
  z.object({ kind: z.literal('start') }),
  z.object({ kind: z.literal('restart') }),
  z.object({ kind: z.literal('reschedule'), force: z.boolean(), ignoreLocalVolumes: z.boolean() }),
  z.object({ kind: z.literal('delete') }),
]);

export const ServiceSchema = z.object({
  metadata: ObjectMetaSchema,
  spec: z.object({
    clusterId: z.string(),
    applicationId: z.string(),
    applicationName: z.string(),
    category: CategorySchema,
    definition: ServiceDefinitionSchema,
    definitionVersion: z.number().int(),
    deployment: z.number().int(),
    pullImage: z.boolean(),
    desiredState: z.enum(['running', 'stopped']),
    operation: ServiceOperationSchema,
  }),
  status: WorkloadStatusSchema.extend({ startedGeneration: z.number().int() }),
});
export type ServiceDto = z.infer<typeof ServiceSchema>;
export const ServiceListSchema = listSchema(ServiceSchema);
export type ServiceList = z.infer<typeof ServiceListSchema>;

const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false'])
    .default(fallback ? 'true' : 'false')
    .transform((v) => v === 'true');

const IdSchema = z.string().trim().min(1).max(128);
const NameFilterSchema = z.string().trim().max(64, 'Search with at most 64 characters.').optional();

export const ServiceListQuerySchema = PageQuerySchema.extend({
  clusterId: IdSchema.optional(),
  applicationId: IdSchema.optional(),
  /** Services whose name contains this, ignoring case. */
  name: NameFilterSchema,
  /** The Service List's checkboxes: system services are hidden unless asked for. */
  hideSystem: flag(true),
  hideOffline: flag(false),
  hideOnline: flag(false),
});
export type ServiceListQuery = Partial<z.output<typeof ServiceListQuerySchema>>;

export const ContainerPortSchema = z.object({
  containerPort: z.number().int(),
  protocol: z.enum(['tcp', 'udp']),
  hostPort: z.number().int().nullable(),
  hostIp: z.string(),
});

export const ContainerSchema = z.object({
  metadata: ObjectMetaSchema,
  spec: z.object({
    clusterId: z.string(),
    applicationId: z.string(),
    serviceId: z.string(),
    applicationName: z.string(),
    serviceName: z.string(),
    number: z.number().int(),
    nodeId: z.string(),
    image: z.string(),
    definitionVersion: z.number().int(),
    deployment: z.number().int(),
    desiredState: z.enum(['running', 'stopped', 'removed']),
    hostname: z.string(),
    links: z.array(z.object({ alias: z.string(), target: z.string() })),
  }),
  status: statusSchema(CONTAINER_STATES).extend({
    health: z.enum(HEALTH_STATES).nullable(),
    imageDigest: z.string().nullable(),
    containerIp: z.string(),
    nodeIp: z.string(),
    ports: z.array(ContainerPortSchema),
    exitCode: z.number().int().nullable(),
    restartCount: z.number().int(),
    startedAt: z.string().nullable(),
    reason: z.string().nullable(),
  }),
});
export type ContainerDto = z.infer<typeof ContainerSchema>;
export const ContainerListSchema = listSchema(ContainerSchema);
export type ContainerList = z.infer<typeof ContainerListSchema>;

export const ContainerListQuerySchema = PageQuerySchema.extend({
  clusterId: IdSchema.optional(),
  applicationId: IdSchema.optional(),
  serviceId: IdSchema.optional(),
  nodeId: IdSchema.optional(),
  status: z.enum(CONTAINER_STATES, `Status is one of ${CONTAINER_STATES.join(', ')}.`).optional(),
  /** Containers whose name starts with this (`wordpress_web` finds every web container). */
  name: z.string().trim().max(200, 'Search with at most 200 characters.').optional(),
});
export type ContainerListQuery = Partial<z.output<typeof ContainerListQuerySchema>>;

export const RescheduleRequestSchema = z.object({
  ignoreLocalVolumes: z.boolean().default(false),
  force: z.boolean().default(false),
});
export type RescheduleRequest = z.input<typeof RescheduleRequestSchema>;

const nullable = <T extends z.ZodType>(schema: T) => schema.nullable().optional();
const text = z.string().max(4096, 'At most 4,096 characters.');

/** Change Configuration of a service: the Services Contained panel's form (`@cs/compose`'s ServiceForm). */
export const ServiceFormSchema = z.object({
  name: z.string().trim().min(1, 'Name the service.').max(64),
  image: nullable(z.string().trim().max(255)),
  scale: nullable(z.number().int().min(0, 'Scale is at least 0.').max(1000, 'Scale is at most 1,000.')),
  ports: nullable(z.array(z.string().max(64)).max(100)),
  expose: nullable(z.array(z.string().max(64)).max(100)),
  environment: nullable(z.record(z.string().max(256), text)),
  labels: nullable(z.record(z.string().max(256), text)),
  links: nullable(z.array(z.string().max(256)).max(100)),
  volumes: nullable(z.array(z.string().max(1024)).max(100)),
  restart: nullable(z.string().max(64)),
  command: nullable(z.union([text, z.array(text).max(100)])),
});

export const ServiceUpdateRequestSchema = z.object({
  form: ServiceFormSchema,
  resourceVersion: z.number('Send the resourceVersion the change was based on.').int(),
});
export type ServiceUpdateRequest = z.input<typeof ServiceUpdateRequestSchema>;

import { z } from 'zod';
import {
  CERTIFICATE_NAME_RULE,
  FRONTEND_PROTOCOLS,
  HEALTH_CHECK_DOMAIN_RULE,
  HEALTH_CHECK_PATH_RULE,
  LISTENER_LIMITS,
  LOAD_BALANCER_NAME_RULE,
  SCHEDULERS,
  STATUS_CODES,
  findRegion,
  isValidHealthCheckDomain,
  isValidHealthCheckPath,
  isValidLoadBalancerName,
} from '@cs/domain';
import { ObjectMetaSchema, PageQuerySchema, listSchema, statusSchema } from './resource.ts';

/** The most PEM text one certificate or key may hold: a long chain fits, a flood does not. */
export const MAX_PEM_LENGTH = 65_536;

const RegionSchema = z
  .string('Select a region.')
  .trim()
  .max(64, 'Select a region.')
  .refine((r) => findRegion(r) !== undefined, 'Select a region.');

const nameSchema = (rule: string) =>
  z
    .string(rule)
    .trim()
    // The rule's own pattern bounds the length, so one message says what is wrong.
    .refine((n) => isValidLoadBalancerName(n), rule);

const IdSchema = z.string().trim().min(1, 'That is not an id.').max(128, 'That is not an id.');

const inRange = (limit: { min: number; max: number; message: string }) =>
  z.number(limit.message).int(limit.message).min(limit.min, limit.message).max(limit.max, limit.message);

const PortSchema = inRange(LISTENER_LIMITS.port);

/** A blank optional text field is no value. */
const optionalText = (max: number, rule: string, valid: (text: string) => boolean) =>
  z
    .string(rule)
    .trim()
    .max(max, rule)
    .transform((t) => t || undefined)
    .refine((t) => t === undefined || valid(t), rule)
    .optional();

export const HealthCheckSchema = z.object({
  enabled: z.boolean('Activate health check is true or false.').default(true),
  domain: optionalText(80, HEALTH_CHECK_DOMAIN_RULE, isValidHealthCheckDomain),
  port: PortSchema.optional(),
  path: optionalText(80, HEALTH_CHECK_PATH_RULE, isValidHealthCheckPath),
  timeoutSeconds: inRange(LISTENER_LIMITS.timeoutSeconds).default(5),
  intervalSeconds: inRange(LISTENER_LIMITS.intervalSeconds).default(2),
  unhealthyThreshold: inRange(LISTENER_LIMITS.threshold).default(3),
  healthyThreshold: inRange(LISTENER_LIMITS.threshold).default(3),
  statusCodes: z
    .array(z.enum(STATUS_CODES, 'A normal status code is http_2xx, http_3xx, http_4xx or http_5xx.'))
    .max(STATUS_CODES.length)
    .transform((codes) => [...new Set(codes)])
    .default(['http_2xx']),
});

const ProtocolSchema = z.enum(FRONTEND_PROTOCOLS, 'A protocol is TCP, UDP, HTTP or HTTPS.');

/** Add Listener, both steps: Listener Configuration and Health Check Configuration. */
export const ListenerRequestSchema = z.object({
  frontendProtocol: ProtocolSchema,
  frontendPort: PortSchema,
  backendProtocol: ProtocolSchema,
  backendPort: PortSchema,
  bandwidth: inRange(LISTENER_LIMITS.bandwidth).nullable().default(null),
  scheduler: z
    .enum(SCHEDULERS, 'Forwarding Rules are Weighted Round Robin (wrr) or Weighted Least Connections (wlc).')
    .default('wrr'),
  certificateId: IdSchema.nullable().default(null),
  healthCheck: HealthCheckSchema.default(() => HealthCheckSchema.parse({})),
  /** "Activate listener automatically". */
  status: z.enum(['running', 'stopped']).default('running'),
});
export type ListenerRequest = z.input<typeof ListenerRequestSchema>;

export const ListenerSchema = z.object({
  frontendProtocol: ProtocolSchema,
  frontendPort: z.number().int(),
  backendProtocol: ProtocolSchema,
  backendPort: z.number().int(),
  bandwidth: z.number().int().nullable(),
  scheduler: z.enum(SCHEDULERS),
  certificateId: z.string().nullable(),
  healthCheck: z.object({
    enabled: z.boolean(),
    domain: z.string().optional(),
    port: z.number().int().optional(),
    path: z.string().optional(),
    timeoutSeconds: z.number().int(),
    intervalSeconds: z.number().int(),
    unhealthyThreshold: z.number().int(),
    healthyThreshold: z.number().int(),
    statusCodes: z.array(z.enum(STATUS_CODES)),
  }),
  status: z.enum(['running', 'stopped']),
});
export type ListenerDto = z.infer<typeof ListenerSchema>;

/** Which listener a path's `:port` names when TCP-family and UDP listeners share the number. */
export const ListenerSelectorSchema = z.object({
  protocol: z.enum(['tcp', 'udp'], 'protocol is tcp (TCP, HTTP, HTTPS) or udp.').optional(),
});

export const LoadBalancerCreateRequestSchema = z.object({
  region: RegionSchema,
  name: nameSchema(LOAD_BALANCER_NAME_RULE),
  addressType: z.enum(['internet', 'intranet'], 'The address type is internet or intranet.').default('internet'),
  networkType: z.enum(['classic', 'vpc'], 'The network type is classic or vpc.').default('classic'),
});
export type LoadBalancerCreateRequest = z.input<typeof LoadBalancerCreateRequestSchema>;

/** Edit Load Balancer Name, from the version it was based on (409 when stale). */
export const LoadBalancerRenameRequestSchema = z.object({
  name: nameSchema(LOAD_BALANCER_NAME_RULE),
  resourceVersion: z.number('Send the resourceVersion the edit was based on.').int(),
});
export type LoadBalancerRenameRequest = z.input<typeof LoadBalancerRenameRequestSchema>;

export const LoadBalancerListQuerySchema = PageQuerySchema.extend({
  region: RegionSchema.optional(),
  /** Instances whose name contains this, or whose id is it. */
  name: z.string().trim().max(128, 'Search for at most 128 characters.').optional(),
});
export type LoadBalancerListQuery = Partial<z.output<typeof LoadBalancerListQuerySchema>>;

export const LoadBalancerSchema = z.object({
  metadata: ObjectMetaSchema,
  spec: z.object({
    region: z.string(),
    addressType: z.enum(['internet', 'intranet']),
    networkType: z.enum(['classic', 'vpc']),
    listeners: z.array(ListenerSchema),
    origin: z.enum(['console', 'cluster', 'account']),
    clusterId: z.string().nullable(),
  }),
  status: statusSchema(['Running']).extend({ address: z.string() }),
});
export type LoadBalancerDto = z.infer<typeof LoadBalancerSchema>;
export const LoadBalancerListSchema = listSchema(LoadBalancerSchema);
export type LoadBalancerList = z.infer<typeof LoadBalancerListSchema>;

/** Manage: the instance, where it really listens on this machine, and the clusters using it. */
export const LoadBalancerDetailSchema = LoadBalancerSchema.extend({
  endpoint: z.string().nullable(),
  usedBy: z.array(z.object({ clusterId: z.string(), clusterName: z.string(), how: z.enum(['created', 'bound']) })),
});
export type LoadBalancerDetailDto = z.infer<typeof LoadBalancerDetailSchema>;

/** One row of Backend servers: a node a service bound through `aliyun.lb.port_*`. */
export const BackendServerSchema = z.object({
  nodeId: z.string(),
  nodeName: z.string(),
  nodeIp: z.string(),
  hostPort: z.number().int().nullable(),
  frontPort: z.number().int(),
  scheme: ProtocolSchema,
  clusterId: z.string(),
  serviceId: z.string(),
  serviceName: z.string(),
  containerName: z.string(),
  health: z.enum(['Normal', 'Abnormal', 'Initial']),
});
export type BackendServerDto = z.infer<typeof BackendServerSchema>;
export const BackendServerListSchema = listSchema(BackendServerSchema).extend({
  /** True when more than the first containers looked at would bind (the list stops there). */
  truncated: z.boolean(),
});
export type BackendServerList = z.infer<typeof BackendServerListSchema>;
export const BackendServerQuerySchema = PageQuerySchema;

export const CertificateCreateRequestSchema = z.object({
  region: RegionSchema,
  name: nameSchema(CERTIFICATE_NAME_RULE),
  type: z.enum(['server', 'ca'], 'The certificate type is Server Certificate or CA Certificate.'),
  certificate: z
    .string('Paste the certificate contents (PEM code).')
    .trim()
    .min(1, 'Paste the certificate contents (PEM code).')
    .max(MAX_PEM_LENGTH, 'The certificate contents are at most 64 KB of PEM code.'),
  privateKey: z
    .string('Paste the private key (PEM code).')
    .trim()
    .max(MAX_PEM_LENGTH, 'The private key is at most 64 KB of PEM code.')
    .transform((k) => k || null)
    .nullable()
    .default(null),
});
export type CertificateCreateRequest = z.input<typeof CertificateCreateRequestSchema>;

export const CertificateListQuerySchema = PageQuerySchema.extend({ region: RegionSchema.optional() });
export type CertificateListQuery = Partial<z.output<typeof CertificateListQuerySchema>>;

/** A certificate as the API answers it: the certificate's own PEM, never its private key. */
export const CertificateSchema = z.object({
  metadata: ObjectMetaSchema,
  spec: z.object({
    region: z.string(),
    type: z.enum(['server', 'ca']),
    fingerprint: z.string(),
    commonName: z.string(),
    subjectAltNames: z.array(z.string()),
    validFrom: z.string(),
    validTo: z.string(),
    certificatePem: z.string(),
    hasPrivateKey: z.boolean(),
  }),
  status: statusSchema(['Normal']),
});
export type CertificateDto = z.infer<typeof CertificateSchema>;
export const CertificateListSchema = listSchema(CertificateSchema);
export type CertificateList = z.infer<typeof CertificateListSchema>;

import { z } from 'zod';
import { MAX_SERVICE_WEIGHT, SERVICE_WEIGHT_RULE } from '@cs/domain';

/** How a request reaches the service: simple routing (acsrouting) or a Server Load Balancer's front port (lb label). */
export const RouteKindSchema = z.enum(['routing', 'lb']);
export const ReleaseRoleSchema = z.enum(['blue', 'green', 'unchanged']);

/** One endpoint of a service, as the application's Routes tab lists it. */
export const ServiceRouteSchema = z.object({
  serviceId: z.string(),
  serviceName: z.string(),
  kind: RouteKindSchema,
  containerPort: z.number().int(),
  scheme: z.enum(['http', 'https', 'tcp', 'udp']),
  /** The route's domain, for simple routing. */
  host: z.string().nullable(),
  contextPath: z.string().nullable(),
  /** The Server Load Balancer named by the lb label, its front port and the host port it binds. */
  slb: z.string().nullable(),
  frontPort: z.number().int().nullable(),
  hostPort: z.number().int().nullable(),
  /** `http://nginx.c…alicontainer.com/` or `tcp://slb_redis_app:6379`. */
  endpoint: z.string(),
  weight: z.number().int(),
  releaseRole: ReleaseRoleSchema.nullable(),
  /** Healthy running containers behind it: the backend set. */
  backends: z.number().int(),
  sessionSticky: z.boolean(),
});
export type ServiceRoute = z.infer<typeof ServiceRouteSchema>;

export const ApplicationRoutesSchema = z.object({
  applicationId: z.string(),
  clusterId: z.string(),
  /** The cluster's Server Load Balancer as a real HTTP listener on this machine; null while it has none. */
  listener: z.object({ host: z.string(), port: z.number().int(), slbId: z.string().nullable() }).nullable(),
  routes: z.array(ServiceRouteSchema),
});
export type ApplicationRoutes = z.infer<typeof ApplicationRoutesSchema>;

const WeightSchema = z
  .number(SERVICE_WEIGHT_RULE)
  .int(SERVICE_WEIGHT_RULE)
  .min(0, SERVICE_WEIGHT_RULE)
  .max(MAX_SERVICE_WEIGHT, SERVICE_WEIGHT_RULE);

/** Set Service Weight: the new weight of one or more routed services of the application. */
export const SetServiceWeightsRequestSchema = z.object({
  weights: z
    .array(z.object({ serviceId: z.string().trim().min(1).max(64), weight: WeightSchema }))
    .min(1, 'Give the weight of at least one service.')
    .max(100, 'Set at most 100 service weights at once.'),
});
export type SetServiceWeightsRequest = z.input<typeof SetServiceWeightsRequestSchema>;

export const SetServiceWeightsResultSchema = z.object({
  routes: ApplicationRoutesSchema,
  /** The guide's warning when the step moved more than one version's weight. */
  warning: z.string().nullable(),
});
export type SetServiceWeightsResult = z.infer<typeof SetServiceWeightsResultSchema>;

export const MAX_TEST_REQUESTS = 1000;
export const MAX_TEST_CLIENTS = 256;

/** Test access: N simulated requests to a URL through the cluster's Server Load Balancer. */
export const TestAccessRequestSchema = z.object({
  url: z
    .string('Enter the URL to access, such as http://nginx.example.com/.')
    .trim()
    .min(1, 'Enter the URL to access, such as http://nginx.example.com/.')
    .max(2048, 'The URL can be at most 2,048 characters.'),
  /** The Server Load Balancer (name or ID) whose front port the URL's port names; the cluster's own when absent. */
  slb: z.string().trim().min(1).max(80).optional(),
  requests: z
    .number()
    .int()
    .min(1, 'Send at least 1 request.')
    .max(MAX_TEST_REQUESTS, `Send at most ${MAX_TEST_REQUESTS} requests.`)
    .default(100),
  /** Keep the cookies the answers set, as a browser does (stickiness). */
  cookieJar: z.boolean().default(false),
  /** How many client addresses the requests come from, in turn. */
  clients: z
    .number()
    .int()
    .min(1, 'Use at least 1 client.')
    .max(MAX_TEST_CLIENTS, `Use at most ${MAX_TEST_CLIENTS} clients.`)
    .default(1),
});
export type TestAccessRequest = z.input<typeof TestAccessRequestSchema>;

export const TestAccessResultSchema = z.object({
  url: z.string(),
  total: z.number().int(),
  statuses: z.array(z.object({ status: z.number().int(), count: z.number().int() })),
  containers: z.array(
    z.object({
      containerId: z.string(),
      containerName: z.string(),
      serviceName: z.string(),
      count: z.number().int(),
    }),
  ),
  /** Which container answered each of the first requests, in order ("" for none). */
  sequence: z.array(z.string()),
});
export type TestAccessResult = z.infer<typeof TestAccessResultSchema>;

/** The HAProxy configuration acs/proxy builds for a custom routing service; certificate files by path only (they hold keys). */
export const ProxyConfigurationSchema = z.object({
  serviceId: z.string(),
  config: z.string(),
  files: z.array(z.object({ path: z.string(), bytes: z.number().int() })),
  warnings: z.array(z.string()),
});
export type ProxyConfigurationDto = z.infer<typeof ProxyConfigurationSchema>;

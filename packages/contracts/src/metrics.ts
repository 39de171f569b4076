import { z } from 'zod';

/** The ranges a Monitor page offers, and the step each is answered at (downsampled averages). */
export const METRIC_RANGES = {
  '1h': { seconds: 3_600, stepSeconds: 10 },
  '6h': { seconds: 6 * 3_600, stepSeconds: 60 },
  '24h': { seconds: 24 * 3_600, stepSeconds: 60 },
  '7d': { seconds: 7 * 24 * 3_600, stepSeconds: 600 },
} as const;
export type MetricRange = keyof typeof METRIC_RANGES;
export const MetricRangeSchema = z.enum(
  Object.keys(METRIC_RANGES) as [MetricRange, ...MetricRange[]],
  'Choose a range of 1h, 6h, 24h or 7d.',
);

/** The built-in monitored items of every container, node and cluster, and their units. */
export const METRIC_ITEMS = {
  cpu: { label: 'CPU', unit: 'percent' },
  memory: { label: 'Memory', unit: 'bytes' },
  networkRx: { label: 'Network In', unit: 'bytesPerSecond' },
  networkTx: { label: 'Network Out', unit: 'bytesPerSecond' },
  diskRead: { label: 'Disk Read', unit: 'bytesPerSecond' },
  diskWrite: { label: 'Disk Write', unit: 'bytesPerSecond' },
} as const;
export type MetricItem = keyof typeof METRIC_ITEMS;
export const MetricItemSchema = z.enum(
  Object.keys(METRIC_ITEMS) as [MetricItem, ...MetricItem[]],
  'Choose a monitored item: cpu, memory, networkRx, networkTx, diskRead or diskWrite.',
);
export type MetricUnit = (typeof METRIC_ITEMS)[MetricItem]['unit'];

/** `?range=1h` (default), optionally ending at `end` (ISO time, default now) for a window in the past. */
export const MetricQuerySchema = z.object({
  range: MetricRangeSchema.default('1h'),
  end: z.iso.datetime({ offset: true, message: 'Give end as an ISO 8601 time.' }).optional(),
});
export type MetricQuery = z.input<typeof MetricQuerySchema>;

/** One point: `[unix milliseconds, value]`; the value is the step's average, null where nothing ran. */
export const MetricPointSchema = z.tuple([z.number(), z.number().nullable()]);

export const MetricSeriesSchema = z.object({
  item: MetricItemSchema,
  unit: z.enum(['percent', 'bytes', 'bytesPerSecond']),
  points: z.array(MetricPointSchema),
});
export type MetricSeriesDto = z.infer<typeof MetricSeriesSchema>;

/** A custom series: from `aliyun.monitoring.script` / `.http` labels, or points a client submitted. */
export const CustomSeriesSchema = z.object({
  measurement: z.string(),
  field: z.string(),
  tags: z.record(z.string(), z.string()),
  points: z.array(MetricPointSchema),
});
export type CustomSeriesDto = z.infer<typeof CustomSeriesSchema>;

export const MetricSubjectSchema = z.object({
  kind: z.enum(['container', 'node', 'cluster', 'service']),
  id: z.string(),
  name: z.string(),
});

/**
 * `GET /containers/{id}/metrics`, `/clusters/{id}/nodes/{nodeId}/metrics`, `/clusters/{id}/metrics`:
 * every built-in item over the range (a node's and a cluster's are the sums of what runs on them,
 * CPU as a share of their cores), and a container's custom series.
 */
export const MetricsSchema = z.object({
  subject: MetricSubjectSchema,
  range: MetricRangeSchema,
  stepSeconds: z.number().int(),
  from: z.string(),
  to: z.string(),
  series: z.array(MetricSeriesSchema),
  custom: z.array(CustomSeriesSchema),
});
export type MetricsDto = z.infer<typeof MetricsSchema>;

/** `GET /services/{id}/metrics?item=cpu&range=1h`: one item of each container of the service, to compare. */
export const ServiceMetricQuerySchema = MetricQuerySchema.extend({ item: MetricItemSchema.default('cpu') });
export type ServiceMetricQuery = z.input<typeof ServiceMetricQuerySchema>;

export const ServiceMetricsSchema = z.object({
  subject: MetricSubjectSchema,
  range: MetricRangeSchema,
  item: MetricItemSchema,
  unit: z.enum(['percent', 'bytes', 'bytesPerSecond']),
  stepSeconds: z.number().int(),
  from: z.string(),
  to: z.string(),
  containers: z.array(z.object({ id: z.string(), name: z.string(), points: z.array(MetricPointSchema) })),
  /** How many containers the service has: only the first 20 (by name) are compared when it has more (always sent). */
  totalContainers: z.number().int().optional(),
});
export type ServiceMetricsDto = z.infer<typeof ServiceMetricsSchema>;

/** `POST /simulation/load-spikes`: multiply a service's traffic for a while (monitoring and alarms see it). */
export const LoadSpikeRequestSchema = z.object({
  serviceId: z.string('Select a service.').trim().min(1, 'Select a service.'),
  factor: z
    .number('Give the load as a multiple of the usual traffic.')
    .min(1.5, 'A spike is at least 1.5 times the usual load.')
    .max(20, 'A spike is at most 20 times the usual load.'),
  minutes: z
    .number('Say how long the spike lasts.')
    .int('Give whole minutes.')
    .min(1, 'A spike lasts at least 1 minute.')
    .max(120, 'A spike lasts at most 120 minutes.'),
});
export type LoadSpikeRequest = z.input<typeof LoadSpikeRequestSchema>;

export const LoadSpikeSchema = z.object({
  id: z.string(),
  clusterId: z.string(),
  serviceId: z.string(),
  serviceName: z.string(),
  factor: z.number(),
  startsAt: z.string(),
  endsAt: z.string(),
});
export type LoadSpikeDto = z.infer<typeof LoadSpikeSchema>;

/** `GET /simulation/load-spikes?clusterId=`: the cluster's spikes, the latest first. */
export const LoadSpikeListQuerySchema = z.object({
  clusterId: z.string('Select a cluster.').trim().min(1, 'Select a cluster.'),
});

export const LoadSpikeListSchema = z.object({ items: z.array(LoadSpikeSchema), total: z.number().int() });

/** PostgreSQL text cannot hold NUL, and no tag needs a control character. */
const hasNoControlCharacter = (text: string) => !/\p{Cc}/u.test(text);

/**
 * `POST /containers/{id}/monitoring/data` as JSON: the guide's HTTP data interface object. Numbers
 * and booleans are fields; the names the container's `aliyun.monitoring.tags` lists are tags.
 */
export const CustomDataObjectSchema = z
  .record(
    z
      .string()
      .min(1, 'Name every key.')
      .max(64, 'Keep keys to 64 characters.')
      .refine(hasNoControlCharacter, 'Keys cannot hold control characters.'),
    z.union(
      [
        z.number(),
        z.boolean(),
        z
          .string()
          .max(256, 'Keep values to 256 characters.')
          .refine(hasNoControlCharacter, 'Values cannot hold control characters.'),
      ],
      { error: 'Give numbers, booleans or strings (tags) as values.' },
    ),
    'Send a JSON object of fields and tags.',
  )
  .refine((o) => Object.keys(o).length <= 64, 'Send at most 64 fields and tags at a time.');

/** What the data interface stored. */
export const CustomDataAcceptedSchema = z.object({ measurement: z.string(), fields: z.number().int() });
export type CustomDataAcceptedDto = z.infer<typeof CustomDataAcceptedSchema>;

/** `GET /clusters/{id}/metrics/integrations`: the addons its applications' labels declare. */
export const MonitoringIntegrationSchema = z.object({
  kind: z.enum(['influxdb', 'prometheus']),
  serviceId: z.string(),
  serviceName: z.string(),
  /** The label's value, `schema:hostIp:port`. */
  address: z.string(),
  /** Null when the value is valid; else why it is not. */
  problem: z.string().nullable(),
});
export type MonitoringIntegrationDto = z.infer<typeof MonitoringIntegrationSchema>;
export const MonitoringIntegrationListSchema = z.object({ items: z.array(MonitoringIntegrationSchema) });

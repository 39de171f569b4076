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
export const LoadSpikeListSchema = z.object({ items: z.array(LoadSpikeSchema), total: z.number().int() });

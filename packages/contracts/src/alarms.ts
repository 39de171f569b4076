import { z } from 'zod';
import { METRIC_ITEMS, MetricItemSchema } from './metrics.ts';
import type { MetricItem } from './metrics.ts';
import { MAX_PAGE_SIZE, PageQuerySchema, listSchema } from './resource.ts';

/** The guide's Statistics interval choices, in minutes. */
export const ALARM_PERIODS = [1, 5, 15, 30, 60] as const;
export type AlarmPeriod = (typeof ALARM_PERIODS)[number];
/** The guide's Statistics methods. */
export const ALARM_METHODS = ['Average', 'Max', 'Min'] as const;
export type AlarmMethod = (typeof ALARM_METHODS)[number];
export const ALARM_COMPARISONS = ['>', '>=', '<', '<='] as const;
export type AlarmComparison = (typeof ALARM_COMPARISONS)[number];
export const ALARM_STATUSES = ['OK', 'Alarm', 'Insufficient Data', 'Disabled'] as const;
export type AlarmStatus = (typeof ALARM_STATUSES)[number];

export const MAX_ALARM_INSTANCES = 50;
export const MAX_ALARM_CONDITIONS = 10;
export const MAX_ALARM_CONTACTS = 20;
export const MAX_CONSECUTIVE_PERIODS = 5;
/** The largest threshold of a byte or bytes-per-second item: 1 PB. */
export const MAX_BYTES_THRESHOLD = 2 ** 50;

const IdSchema = z.string('Select an instance.').trim().min(1, 'Select an instance.').max(128, 'That is not an id.');

export const AlarmInstanceSchema = z.object({
  kind: z.enum(['container', 'node'], 'An instance is a container or a node.'),
  id: IdSchema,
});
export type AlarmInstanceRef = z.infer<typeof AlarmInstanceSchema>;

/** What a threshold is measured in, as the form's suffix shows it. */
export function thresholdUnitLabel(item: MetricItem): string {
  const unit = METRIC_ITEMS[item].unit;
  return unit === 'percent' ? '%' : unit === 'bytes' ? 'bytes' : 'bytes/s';
}

/** One row of "Set alarm rules": Monitored items, Statistics interval, Statistics methods, Actions. */
export const AlarmConditionSchema = z
  .object({
    item: MetricItemSchema,
    periodMinutes: z.literal(ALARM_PERIODS, 'Choose a statistics interval of 1, 5, 15, 30 or 60 minutes.'),
    method: z.enum(ALARM_METHODS, 'Choose a statistics method: Average, Max or Min.'),
    comparison: z.enum(ALARM_COMPARISONS, 'Choose a comparison: >, >=, < or <=.'),
    threshold: z.number('Enter the threshold as a number.').finite('Enter the threshold as a number.'),
    consecutivePeriods: z
      .number('Say after how many consecutive periods the alarm fires.')
      .int('Give a whole number of periods.')
      .min(1, 'An alarm fires after 1 to 5 consecutive periods.')
      .max(MAX_CONSECUTIVE_PERIODS, 'An alarm fires after 1 to 5 consecutive periods.')
      .default(1),
  })
  .superRefine((c, ctx) => {
    const percent = METRIC_ITEMS[c.item].unit === 'percent';
    const max = percent ? 100 : MAX_BYTES_THRESHOLD;
    if (c.threshold < 0 || c.threshold > max) {
      ctx.addIssue({
        code: 'custom',
        path: ['threshold'],
        message: percent
          ? 'The threshold of a percentage is from 0 to 100.'
          : `The threshold in ${thresholdUnitLabel(c.item)} is from 0 to 1 PB.`,
      });
    }
  });
export type AlarmCondition = z.output<typeof AlarmConditionSchema>;

/** The contact for alarms: who the simulated notification is addressed to. */
export const AlarmContactSchema = z.object({
  name: z
    .string('Enter the name of the contact.')
    .trim()
    .min(1, 'Enter the name of the contact.')
    .max(64, 'The name of a contact is at most 64 characters.')
    .refine((n) => !/[\p{Cc}<>]/u.test(n), 'The name of a contact cannot contain < > or control characters.'),
  email: z.email('Enter a valid email address.').max(254, 'Enter a valid email address.'),
});
export type AlarmContact = z.infer<typeof AlarmContactSchema>;

const RuleNameSchema = z
  .string('Enter a name for the alarm rule.')
  .trim()
  .min(1, 'Enter a name for the alarm rule.')
  .max(64, 'The name of an alarm rule is at most 64 characters.')
  .refine((n) => !/[\p{Cc}<>]/u.test(n), 'The name of an alarm rule cannot contain < > or control characters.');

const RuleBodySchema = z.object({
  name: RuleNameSchema,
  instances: z
    .array(AlarmInstanceSchema, 'Select the instances to set alarm rules for.')
    .min(1, 'Select at least one instance.')
    .max(MAX_ALARM_INSTANCES, `Set alarm rules for at most ${MAX_ALARM_INSTANCES} instances at once.`),
  conditions: z
    .array(AlarmConditionSchema, 'Add alarm rules.')
    .min(1, 'Add at least one alarm rule.')
    .max(MAX_ALARM_CONDITIONS, `At most ${MAX_ALARM_CONDITIONS} alarm rules in one batch.`),
  contacts: z
    .array(AlarmContactSchema, 'Set the contact for alarms.')
    .min(1, 'Set the contact for alarms.')
    .max(MAX_ALARM_CONTACTS, `At most ${MAX_ALARM_CONTACTS} contacts.`),
});

export const AlarmRuleCreateRequestSchema = RuleBodySchema.extend({
  clusterId: z.string('Select a cluster.').trim().min(1, 'Select a cluster.').max(128, 'Select a cluster.'),
  enabled: z.boolean('Enabled is true or false.').default(true),
});
export type AlarmRuleCreateRequest = z.input<typeof AlarmRuleCreateRequestSchema>;

/** Modify: the whole rule again, from the version it was based on (409 when stale). */
export const AlarmRuleUpdateRequestSchema = RuleBodySchema.extend({
  resourceVersion: z
    .number('Send the resourceVersion of the alarm rule the edit was based on.')
    .int('Send the resourceVersion of the alarm rule the edit was based on.'),
});
export type AlarmRuleUpdateRequest = z.input<typeof AlarmRuleUpdateRequestSchema>;

export const AlarmRuleListQuerySchema = PageQuerySchema.extend({
  clusterId: z.string().trim().min(1, 'Select a cluster.').max(128, 'Select a cluster.').optional(),
  /** Rules watching this container or node. */
  instanceId: z.string().trim().min(1).max(128, 'That is not an id.').optional(),
});
export type AlarmRuleListQuery = Partial<z.output<typeof AlarmRuleListQuerySchema>>;

export const AlarmHistoryQuerySchema = PageQuerySchema.extend({
  clusterId: z.string().trim().min(1, 'Select a cluster.').max(128, 'Select a cluster.').optional(),
  ruleId: z.string().trim().min(1).max(128, 'That is not an id.').optional(),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(20),
});
export type AlarmHistoryQuery = Partial<z.output<typeof AlarmHistoryQuerySchema>>;

/** An instance as the rule shows it: its name when the rule was set. */
export const AlarmInstanceViewSchema = AlarmInstanceSchema.extend({ name: z.string() });
export type AlarmInstanceView = z.infer<typeof AlarmInstanceViewSchema>;

export const AlarmRuleSchema = z.object({
  metadata: z.object({
    id: z.string(),
    name: z.string(),
    resourceVersion: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
  spec: z.object({
    clusterId: z.string(),
    instances: z.array(AlarmInstanceViewSchema),
    conditions: z.array(
      z.object({
        item: MetricItemSchema,
        periodMinutes: z.number().int(),
        method: z.enum(ALARM_METHODS),
        comparison: z.enum(ALARM_COMPARISONS),
        threshold: z.number(),
        consecutivePeriods: z.number().int(),
      }),
    ),
    contacts: z.array(z.object({ name: z.string(), email: z.string() })),
    enabled: z.boolean(),
  }),
  status: z.object({
    phase: z.enum(ALARM_STATUSES),
    /** When the rule was last evaluated; null before its first period ended. */
    evaluatedAt: z.string().nullable(),
  }),
});
export type AlarmRuleDto = z.infer<typeof AlarmRuleSchema>;
export const AlarmRuleListSchema = listSchema(AlarmRuleSchema);
export type AlarmRuleList = z.infer<typeof AlarmRuleListSchema>;

/** One line of the alarm history: a rule fired or recovered on one instance. */
export const AlarmHistoryEntrySchema = z.object({
  id: z.number().int(),
  ruleId: z.string(),
  ruleName: z.string(),
  clusterId: z.string(),
  instance: AlarmInstanceViewSchema,
  kind: z.enum(['fired', 'recovered']),
  value: z.number(),
  message: z.string(),
  /** The simulated notification: who it was addressed to (stored and shown, never sent). */
  notified: z.array(z.object({ name: z.string(), email: z.string() })),
  at: z.string(),
});
export type AlarmHistoryEntryDto = z.infer<typeof AlarmHistoryEntrySchema>;
export const AlarmHistoryListSchema = listSchema(AlarmHistoryEntrySchema);
export type AlarmHistoryList = z.infer<typeof AlarmHistoryListSchema>;

const BYTE_UNITS = ['bytes', 'KB', 'MB', 'GB', 'TB', 'PB'];

/** A value of an item as alarms and their history show it: "93.2%", "512 MB", "1.5 MB/s". */
export function formatAlarmValue(item: MetricItem, value: number): string {
  const unit = METRIC_ITEMS[item].unit;
  if (unit === 'percent') return `${value.toFixed(1)}%`;
  let scaled = value;
  let index = 0;
  while (Math.abs(scaled) >= 1024 && index < BYTE_UNITS.length - 1) {
    scaled /= 1024;
    index++;
  }
  const text = `${index === 0 ? Math.round(scaled) : scaled.toFixed(1)} ${BYTE_UNITS[index]}`;
  return unit === 'bytesPerSecond' ? `${text}/s` : text;
}

/** The Rule description column: "CPU Average > 80% for 3 consecutive periods of 5 minutes". */
export function describeAlarmCondition(c: Omit<AlarmCondition, 'periodMinutes'> & { periodMinutes: number }): string {
  const periods = c.consecutivePeriods === 1 ? '1 period' : `${c.consecutivePeriods} consecutive periods`;
  const interval = c.periodMinutes === 1 ? '1 minute' : `${c.periodMinutes} minutes`;
  return `${METRIC_ITEMS[c.item].label} ${c.method} ${c.comparison} ${formatAlarmValue(c.item, c.threshold)} for ${periods} of ${interval}`;
}

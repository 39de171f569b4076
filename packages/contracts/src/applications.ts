import { z } from 'zod';
import {
  APPLICATION_NAME_RULE,
  APPLICATION_VERSION_RULE,
  DEFAULT_APPLICATION_VERSION,
  MAX_APPLICATION_DESCRIPTION,
  MAX_TEMPLATE_CONTENT,
  WORKLOAD_PHASES,
  isSystemApplicationName,
  isValidApplicationName,
  isValidApplicationVersion,
} from '@cs/domain';
import { ObjectMetaSchema, PageQuerySchema, listSchema, statusSchema } from './resource.ts';
import { JobRunStatusSchema } from './jobs.ts';
import { DiagnosticSchema } from './templates.ts';
import { CategorySchema, ContainerCountsSchema } from './workloads.ts';

export const ApplicationNameSchema = z
  .string(APPLICATION_NAME_RULE)
  .trim()
  .refine(isValidApplicationName, APPLICATION_NAME_RULE)
  .refine((name) => !isSystemApplicationName(name), 'The name is taken by a default system application.');

export const ApplicationVersionSchema = z
  .string(APPLICATION_VERSION_RULE)
  .trim()
  .refine(isValidApplicationVersion, APPLICATION_VERSION_RULE);

export const ApplicationDescriptionSchema = z
  .string('The description is text.')
  .max(
    MAX_APPLICATION_DESCRIPTION,
    `The description cannot exceed ${MAX_APPLICATION_DESCRIPTION.toLocaleString('en-US')} characters.`,
  );

const TemplateTextSchema = z
  .string('Enter the orchestration template.')
  .max(MAX_TEMPLATE_CONTENT, `A template can be at most ${MAX_TEMPLATE_CONTENT / 1024} KB.`)
  .refine((content) => content.trim() !== '', 'Enter the orchestration template.');

const VariablesSchema = z.record(
  z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'A parameter name is letters, digits and underscores.'),
  z.string('A parameter value is text.').max(4096, 'A parameter value is at most 4,096 characters.'),
);

export const UpdateMethodSchema = z.enum(['standard', 'blue-green'], 'Choose Standard Release or Blue-Green Release.');

export const ApplicationCreateRequestSchema = z.object({
  name: ApplicationNameSchema,
  version: ApplicationVersionSchema.default(DEFAULT_APPLICATION_VERSION),
  clusterId: z.string('Select a cluster.').trim().min(1, 'Select a cluster.'),
  description: ApplicationDescriptionSchema.default(''),
  updateMethod: UpdateMethodSchema.default('standard'),
  pullImage: z.boolean().default(false),
  template: TemplateTextSchema,
  /** Values of the template's parameters; every parameter it uses must have one. */
  variables: VariablesSchema.default({}),
});
export type ApplicationCreateRequest = z.input<typeof ApplicationCreateRequestSchema>;

/** Update: the version must change; Reschedule places the new containers anew (local data is lost). */
export const ApplicationUpdateRequestSchema = z.object({
  version: ApplicationVersionSchema,
  description: ApplicationDescriptionSchema.optional(),
  template: TemplateTextSchema,
  variables: VariablesSchema.default({}),
  reschedule: z.boolean().default(false),
  pullImage: z.boolean().optional(),
  /** Blue-Green Release runs the new service versions beside the old until Confirm Release Completion. */
  updateMethod: UpdateMethodSchema.default('standard'),
  resourceVersion: z.number('Send the resourceVersion the update was based on.').int(),
});
export type ApplicationUpdateRequest = z.input<typeof ApplicationUpdateRequestSchema>;

export const ApplicationRollbackRequestSchema = z.object({
  version: ApplicationVersionSchema,
  resourceVersion: z.number('Send the resourceVersion the rollback was based on.').int(),
});
export type ApplicationRollbackRequest = z.input<typeof ApplicationRollbackRequestSchema>;

export const ApplicationOperationSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('deploy') }),
  z.object({ kind: z.literal('update'), reschedule: z.boolean() }),
  z.object({ kind: z.literal('redeploy') }),
  z.object({ kind: z.literal('stop') }),
  z.object({ kind: z.literal('start') }),
  z.object({ kind: z.literal('delete') }),
]);

/** A blue-green release running: the old version's services (blue), the new (green), those left as they were. */
export const ReleaseSchema = z.object({
  fromVersion: z.string(),
  blue: z.array(z.string()),
  green: z.array(z.string()),
  unchanged: z.array(z.string()),
  startedAt: z.string(),
});
export type ReleaseDto = z.infer<typeof ReleaseSchema>;

const ApplicationSpecSchema = z.object({
  clusterId: z.string(),
  description: z.string(),
  version: z.string(),
  updateMethod: UpdateMethodSchema,
  pullImage: z.boolean(),
  category: CategorySchema,
  operation: ApplicationOperationSchema,
  release: ReleaseSchema.nullable(),
  /** A timing task's `aliyun.schedule`; null or absent for every other application. */
  schedule: z.object({ expression: z.string(), timeZone: z.string() }).nullable().optional(),
});

const ApplicationStatusSchema = statusSchema(WORKLOAD_PHASES).extend({
  reason: z.string().nullable(),
  containerCounts: ContainerCountsSchema,
  /** "Blue-green release in progress" or "Blue-green release awaiting confirmation"; null without a release. */
  releaseStatus: z.string().nullable(),
  /** A batch application's (an offline job's) current run; absent for online applications. */
  job: JobRunStatusSchema.optional(),
});

/** An application in a list: everything but its template. */
export const ApplicationSummarySchema = z.object({
  metadata: ObjectMetaSchema,
  spec: ApplicationSpecSchema,
  status: ApplicationStatusSchema,
});
export type ApplicationSummary = z.infer<typeof ApplicationSummarySchema>;

export const ApplicationSchema = z.object({
  metadata: ObjectMetaSchema,
  spec: ApplicationSpecSchema.extend({ template: z.string(), variables: z.record(z.string(), z.string()) }),
  status: ApplicationStatusSchema,
});
export type ApplicationDto = z.infer<typeof ApplicationSchema>;

export const ApplicationListSchema = listSchema(ApplicationSummarySchema);
export type ApplicationList = z.infer<typeof ApplicationListSchema>;

export const ApplicationListQuerySchema = PageQuerySchema.extend({
  clusterId: z.string().trim().min(1).max(128).optional(),
  /** Applications whose name contains this, ignoring case. */
  name: z.string().trim().max(64, 'Search with at most 64 characters.').optional(),
  hideSystem: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
});
export type ApplicationListQuery = Partial<z.output<typeof ApplicationListQuerySchema>>;

export const ApplicationHistoryEntrySchema = z.object({
  version: z.string(),
  template: z.string(),
  variables: z.record(z.string(), z.string()),
  createdAt: z.string(),
  current: z.boolean(),
});
export const ApplicationVersionListSchema = z.object({ items: z.array(ApplicationHistoryEntrySchema) });
export type ApplicationVersionList = z.infer<typeof ApplicationVersionListSchema>;

/** Where the placement preview puts a service's containers, node by node, or why it cannot. */
export const ServicePlacementSchema = z.object({
  service: z.string(),
  containers: z.number().int(),
  global: z.boolean(),
  nodes: z.array(
    z.object({ nodeId: z.string(), nodeName: z.string(), zone: z.string(), containers: z.number().int() }),
  ),
  warnings: z.array(z.string()),
  /** The rule that makes the placement impossible, in the scheduler's words. */
  error: z.string().nullable(),
});
export type ServicePlacement = z.infer<typeof ServicePlacementSchema>;

export const PlacementPreviewRequestSchema = z.object({
  clusterId: z.string('Select a cluster.').trim().min(1, 'Select a cluster.'),
  /** The application's name: containers are named after it, and affinity reads it. */
  name: z.string().trim().max(64).default('preview'),
  template: TemplateTextSchema,
  variables: VariablesSchema.default({}),
  /** The application being updated, whose containers the new ones replace. */
  applicationId: z.string().optional(),
});
export type PlacementPreviewRequest = z.input<typeof PlacementPreviewRequestSchema>;

export const PlacementPreviewSchema = z.object({
  services: z.array(ServicePlacementSchema),
  /** The template's own errors: no preview is possible until they are fixed. */
  diagnostics: z.array(DiagnosticSchema),
  unset: z.array(z.string()),
});
export type PlacementPreview = z.infer<typeof PlacementPreviewSchema>;

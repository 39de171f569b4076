import { z } from 'zod';
import { MAX_TEMPLATE_CONTENT, MAX_TEMPLATE_DESCRIPTION, TEMPLATE_NAME_RULE, isValidTemplateName } from '@cs/domain';
import { ObjectMetaSchema, PageQuerySchema, listSchema, statusSchema } from './resource.ts';

export const TEMPLATE_CATEGORIES = ['sample', 'mine'] as const;
export const TemplateCategorySchema = z.enum(TEMPLATE_CATEGORIES, 'Choose sample or mine.');

export const TemplateNameSchema = z.string(TEMPLATE_NAME_RULE).trim().refine(isValidTemplateName, TEMPLATE_NAME_RULE);

export const TemplateDescriptionSchema = z
  .string('The description is text.')
  .max(
    MAX_TEMPLATE_DESCRIPTION,
    `The description cannot exceed ${MAX_TEMPLATE_DESCRIPTION.toLocaleString('en-US')} characters.`,
  );

export const TemplateContentSchema = z
  .string('Enter the template content.')
  .max(MAX_TEMPLATE_CONTENT, `A template can be at most ${MAX_TEMPLATE_CONTENT / 1024} KB.`)
  .refine((content) => content.trim() !== '', 'Enter the template content.');

export const TemplateCreateRequestSchema = z.object({
  name: TemplateNameSchema,
  description: TemplateDescriptionSchema.default(''),
  content: TemplateContentSchema,
});
export type TemplateCreateRequest = z.input<typeof TemplateCreateRequestSchema>;

/** An update names the version it was based on: a stale one is refused, never a lost update. */
export const TemplateUpdateRequestSchema = z.object({
  description: TemplateDescriptionSchema.default(''),
  content: TemplateContentSchema,
  resourceVersion: z
    .number('Send the resourceVersion of the template the edit was based on.')
    .int('Send the resourceVersion of the template the edit was based on.'),
});
export type TemplateUpdateRequest = z.input<typeof TemplateUpdateRequestSchema>;

export const TemplateListQuerySchema = PageQuerySchema.extend({
  /** The guide's tabs: Sample and My Templates. */
  tab: TemplateCategorySchema.default('sample'),
  /** Templates whose name starts with this, ignoring case. */
  name: z.string().trim().max(64, 'Search with at most 64 characters.').optional(),
});
export type TemplateListQuery = Partial<z.output<typeof TemplateListQuerySchema>>;

export const TemplateServiceSummarySchema = z.object({ name: z.string(), image: z.string().nullable() });

const TemplateStatusSchema = statusSchema(['Saved']).extend({
  format: z.enum(['v1', 'v2']),
  services: z.array(TemplateServiceSummarySchema),
});

export const TemplateSchema = z.object({
  metadata: ObjectMetaSchema,
  spec: z.object({ category: TemplateCategorySchema, description: z.string(), content: z.string() }),
  status: TemplateStatusSchema,
});
export type TemplateDto = z.infer<typeof TemplateSchema>;

/** A template in a list: everything but its content. */
export const TemplateSummarySchema = z.object({
  metadata: ObjectMetaSchema,
  spec: z.object({ category: TemplateCategorySchema, description: z.string() }),
  status: TemplateStatusSchema,
});
export type TemplateSummary = z.infer<typeof TemplateSummarySchema>;

export const TemplateListSchema = listSchema(TemplateSummarySchema);
export type TemplateList = z.infer<typeof TemplateListSchema>;

export const TemplateValidateRequestSchema = z.object({
  content: z
    .string('Send the template content.')
    .max(MAX_TEMPLATE_CONTENT, `A template can be at most ${MAX_TEMPLATE_CONTENT / 1024} KB.`),
  /** Values of the template's parameters (`$VAR`); the ones not given are listed in `unset`. */
  variables: z.record(z.string(), z.string('A parameter value is text.')).optional(),
});
export type TemplateValidateRequest = z.input<typeof TemplateValidateRequestSchema>;

const SpanSchema = z.object({
  line: z.number().int(),
  column: z.number().int(),
  endLine: z.number().int(),
  endColumn: z.number().int(),
});

/** One finding of @cs/compose about a template: 1-based, end-exclusive positions. */
export const DiagnosticSchema = SpanSchema.extend({
  severity: z.enum(['error', 'warning', 'info']),
  code: z.string(),
  message: z.string(),
  path: z.array(z.union([z.string(), z.number()])),
});
export type DiagnosticDto = z.infer<typeof DiagnosticSchema>;

/**
 * The analysis of a template. Services are described by the fields every client reads; the rest
 * of @cs/compose's normalised service comes along as it is.
 */
export const TemplateAnalysisSchema = z.object({
  format: z.enum(['v1', 'v2']),
  version: z.enum(['1', '2.0', '2.1']),
  services: z.array(z.looseObject({ name: z.string(), image: z.string().optional(), scale: z.number() })),
  parameters: z.array(
    z.object({
      name: z.string(),
      value: z.string().optional(),
      /** `${VAR:-default}`: what the parameter is when no value is given. */
      default: z.string().optional(),
      references: z.array(SpanSchema),
    }),
  ),
  unset: z.array(z.string()),
  job: z.looseObject({ type: z.enum(['online', 'batch']) }),
  volumes: z.array(z.object({ name: z.string(), driver: z.string().optional(), external: z.boolean() })),
  diagnostics: z.array(DiagnosticSchema),
});
export type TemplateAnalysisDto = z.infer<typeof TemplateAnalysisSchema>;

import { z } from 'zod';
import { PageQuerySchema, listSchema } from './resource.ts';

export const OPERATION_RESULTS = ['Succeeded', 'Failed'] as const;
export type OperationResult = (typeof OPERATION_RESULTS)[number];

/** The kinds of resource an operation names; `docker` objects are networks and images made through the endpoint. */
export const OPERATION_RESOURCE_KINDS = [
  'cluster',
  'node',
  'application',
  'service',
  'container',
  'template',
  'fault',
  'image',
  'network',
  'session',
  'alarm-rule',
] as const;
export type OperationResourceKind = (typeof OPERATION_RESOURCE_KINDS)[number];

/** One mutating API call: who did what to which resource, when, and how it ended. */
export const OperationLogSchema = z.object({
  id: z.number().int(),
  createdAt: z.string(),
  /** The console user; absent for a Docker client or the attach script, named in `userName`. */
  userId: z.string().optional(),
  userName: z.string().optional(),
  requestId: z.string(),
  method: z.string(),
  /** The guide's words: "Create Cluster", "Delete Application", "Scale Service"… */
  action: z.string(),
  resourceKind: z.string().optional(),
  resourceId: z.string().optional(),
  resourceName: z.string().optional(),
  clusterId: z.string().optional(),
  result: z.enum(OPERATION_RESULTS),
  statusCode: z.number().int().optional(),
  errorMessage: z.string().optional(),
});
export type OperationLogDto = z.infer<typeof OperationLogSchema>;

export const OperationLogListSchema = listSchema(OperationLogSchema);
export type OperationLogList = z.infer<typeof OperationLogListSchema>;

const text = (max: number) => z.string().trim().min(1).max(max);
const instant = z.iso.datetime({ offset: true });

/** The Operation Logs page's filters; every one is applied in SQL. */
export const OperationLogListQuerySchema = PageQuerySchema.extend({
  resourceKind: z.enum(OPERATION_RESOURCE_KINDS).optional(),
  result: z.enum(OPERATION_RESULTS).optional(),
  action: text(64).optional(),
  user: text(64).optional(),
  clusterId: text(64).optional(),
  from: instant.optional(),
  to: instant.optional(),
  /** A request id (exactly) or the start of a resource's name. */
  q: text(100).optional(),
}).refine((q) => !q.from || !q.to || Date.parse(q.from) <= Date.parse(q.to), {
  message: 'The start of the range must not be after its end.',
  path: ['from'],
});
export type OperationLogListQuery = Omit<z.input<typeof OperationLogListQuerySchema>, 'page' | 'pageSize'> & {
  page?: number;
  pageSize?: number;
};
export type OperationLogFilter = z.output<typeof OperationLogListQuerySchema>;

import { z } from 'zod';
import { PageQuerySchema, listSchema } from './resource.ts';

export const EVENT_LEVELS = ['Info', 'Warning', 'Error'] as const;
/** The kinds of resource events are about. */
export const EVENT_RESOURCE_KINDS = ['cluster', 'node', 'application', 'service', 'container'] as const;

/** One line of a cluster's append-only event log ("Create cluster demo completed."). */
export const EventSchema = z.object({
  id: z.number().int(),
  clusterId: z.string(),
  resourceKind: z.string(),
  resourceId: z.string(),
  level: z.enum(EVENT_LEVELS),
  reason: z.string(),
  message: z.string(),
  createdAt: z.string(),
  applicationId: z.string().optional(),
  serviceId: z.string().optional(),
});
export type EventDto = z.infer<typeof EventSchema>;

export const EventListSchema = listSchema(EventSchema);
export type EventList = z.infer<typeof EventListSchema>;

export const EventListQuerySchema = PageQuerySchema.extend({
  pageSize: z.coerce.number().int().min(1).max(500).default(100),
  level: z.enum(EVENT_LEVELS).optional(),
  resourceKind: z.enum(EVENT_RESOURCE_KINDS).optional(),
  /** One resource's events (a node's, a container's) within the list. */
  resourceId: z.string().trim().min(1).max(64).optional(),
});
export type EventListQuery = { page?: number; pageSize?: number } & EventFilter;
/** The filters of an events list, beside its paging. */
export type EventFilter = Partial<Pick<z.output<typeof EventListQuerySchema>, 'level' | 'resourceKind' | 'resourceId'>>;

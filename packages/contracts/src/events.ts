import { z } from 'zod';
import { PageQuerySchema, listSchema } from './resource.ts';

/** One line of a cluster's append-only event log ("Create cluster demo completed."). */
export const EventSchema = z.object({
  id: z.number().int(),
  clusterId: z.string(),
  resourceKind: z.string(),
  resourceId: z.string(),
  level: z.enum(['Info', 'Warning', 'Error']),
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
});

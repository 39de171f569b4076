import { z } from 'zod';

export const ObjectMetaSchema = z.object({
  id: z.string(),
  name: z.string(),
  generation: z.number().int(),
  resourceVersion: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const ConditionSchema = z.object({
  type: z.string(),
  status: z.enum(['True', 'False', 'Unknown']),
  reason: z.string(),
  message: z.string(),
  lastTransitionTime: z.string(),
});

/** The status fields every resource shares; each resource adds its own. */
export function statusSchema<Phase extends readonly [string, ...string[]]>(phases: Phase) {
  return z.object({
    phase: z.enum(phases),
    phaseSince: z.string(),
    observedGeneration: z.number().int(),
    conditions: z.array(ConditionSchema),
  });
}

/** A page of a list: the items and how many match in all. */
export function listSchema<Item extends z.ZodType>(item: Item) {
  return z.object({ items: z.array(item), total: z.number().int() });
}

/** The most items one page of a list may hold. */
export const MAX_PAGE_SIZE = 100;

export const PageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(20),
});

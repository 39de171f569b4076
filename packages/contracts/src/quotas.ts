import { z } from 'zod';
import type { Quotas } from '@cs/domain';

/** GET /quotas: how many clusters the account may create and nodes each may hold (QUOTA_CLUSTERS, QUOTA_NODES_PER_CLUSTER). */
export const QuotasSchema = z.object({
  clusters: z.number().int().positive(),
  nodesPerCluster: z.number().int().positive(),
}) satisfies z.ZodType<Quotas>;

import { z } from 'zod';
import { CLUSTER_PHASES } from '@cs/domain';

const phaseCounts = z.partialRecord(z.enum(CLUSTER_PHASES), z.number().int());

/** What the Overview page counts, computed by the BFF from the store. */
export const OverviewSchema = z.object({
  clusters: z.object({ total: z.number().int(), byPhase: phaseCounts }),
  nodes: z.number().int(),
  applications: z.number().int(),
  services: z.number().int(),
  containers: z.number().int(),
});
export type Overview = z.infer<typeof OverviewSchema>;

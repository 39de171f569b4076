import { Router } from 'express';
import type { Quotas } from '@cs/domain';

/** The account's quotas (QUOTA_CLUSTERS, QUOTA_NODES_PER_CLUSTER), so the console says the configured numbers. */
export function createQuotasRouter({ quotas }: { quotas: Quotas }): Router {
  const router = Router();
  router.get('/quotas', (_req, res) => {
    res.json(quotas);
  });
  return router;
}

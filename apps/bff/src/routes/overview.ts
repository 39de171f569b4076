import { Router } from 'express';
import { getOverview } from '../services/overview-service.ts';
import type { Store } from '../store/store.ts';

export function createOverviewRouter({ store }: { store: Store }): Router {
  const router = Router();
  router.get('/overview', async (_req, res) => {
    res.json(await getOverview(store));
  });
  return router;
}

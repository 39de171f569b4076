import { Router } from 'express';
import type { Health } from '@cs/contracts';

/** Liveness: answers without a session, touching nothing. */
export function createHealthRouter({ version }: { version: string }): Router {
  const router = Router();
  const body: Health = { status: 'ok', version };
  router.get('/health', (_req, res) => {
    res.json(body);
  });
  return router;
}

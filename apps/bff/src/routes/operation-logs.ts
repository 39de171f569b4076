import { Router } from 'express';
import { OperationLogListQuerySchema } from '@cs/contracts';
import { parseInput } from '../http/parse.ts';
import type { OperationLogStore } from '../store/operation-log-store.ts';

/** The Operation Logs page: every mutating call, newest first, filtered and paged in SQL. */
export function createOperationLogsRouter({ log }: { log: OperationLogStore }): Router {
  const router = Router();
  router.get('/operation-logs', async (req, res) => {
    res.json(await log.list(parseInput(OperationLogListQuerySchema, req.query)));
  });
  return router;
}

import { Router } from 'express';
import { FaultCreateRequestSchema } from '@cs/contracts';
import { parseInput } from '../http/parse.ts';
import type { FaultService } from '../services/fault-service.ts';

/** `/simulation/faults`: arm, list and disarm injected failures of the simulated cloud. */
export function createFaultsRouter({ faults }: { faults: FaultService }): Router {
  const router = Router();

  router.get('/simulation/faults', async (_req, res) => {
    const items = await faults.list();
    res.json({ items, total: items.length });
  });

  router.post('/simulation/faults', async (req, res) => {
    res.status(201).json(await faults.arm(parseInput(FaultCreateRequestSchema, req.body)));
  });

  router.delete('/simulation/faults/:id', async (req, res) => {
    await faults.disarm(req.params.id);
    res.status(204).end();
  });

  return router;
}

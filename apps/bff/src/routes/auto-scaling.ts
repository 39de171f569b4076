import { Router } from 'express';
import { ReplayRequestSchema } from '@cs/contracts';
import { parseInput } from '../http/parse.ts';
import type { ContainerScalingService } from '../services/scaling/container/container-scaling-service.ts';

/** A service's container auto scaling: where its count stands, and the what-if replay of a policy. */
export function createAutoScalingRouter({ scaling }: { scaling: ContainerScalingService }): Router {
  const router = Router();

  router.get('/services/:id/auto-scaling', async (req, res) => {
    res.json(await scaling.status(req.params.id));
  });

  router.post('/services/:id/auto-scaling/replay', async (req, res) => {
    res.json(await scaling.replay(req.params.id, parseInput(ReplayRequestSchema, req.body ?? {})));
  });

  return router;
}

import { Router } from 'express';
import { TriggerCreateRequestSchema } from '@cs/contracts';
import { parseInput } from '../http/parse.ts';
import type { TriggerService } from '../services/triggers/trigger-service.ts';

/** `/applications/:id/triggers`: the Trigger table of an application's details. */
export function createTriggersRouter({ triggers }: { triggers: TriggerService }): Router {
  const router = Router();

  router.get('/applications/:id/triggers', async (req, res) => {
    res.json(await triggers.list(req.params.id));
  });

  router.post('/applications/:id/triggers', async (req, res) => {
    const created = await triggers.create(req.params.id, parseInput(TriggerCreateRequestSchema, req.body));
    // The answer holds the secret: no proxy or browser may keep a copy.
    res.status(201).set('Cache-Control', 'no-store').json(created);
  });

  router.delete('/applications/:id/triggers/:triggerId', async (req, res) => {
    await triggers.delete(req.params.id, req.params.triggerId);
    res.status(204).end();
  });

  return router;
}

import { Router } from 'express';
import {
  EventListQuerySchema,
  RescheduleRequestSchema,
  ServiceListQuerySchema,
  ServiceUpdateRequestSchema,
} from '@cs/contracts';
import { parseInput } from '../http/parse.ts';
import type { ServiceOperations } from '../services/workloads/service-operations.ts';

/** `/services`: the Service List and each service's actions. */
export function createServicesRouter({ services }: { services: ServiceOperations }): Router {
  const router = Router();

  router.get('/services', async (req, res) => {
    res.json(await services.list(parseInput(ServiceListQuerySchema, req.query)));
  });

  router.get('/services/:id', async (req, res) => {
    res.json(await services.view(await services.get(req.params.id)));
  });

  router.put('/services/:id', async (req, res) => {
    res.json(await services.update(req.params.id, parseInput(ServiceUpdateRequestSchema, req.body)));
  });

  router.delete('/services/:id', async (req, res) => {
    res.status(202).json(await services.operate(req.params.id, { kind: 'delete' }));
  });

  for (const kind of ['stop', 'start', 'restart'] as const)
    router.post(`/services/:id/${kind}`, async (req, res) => {
      res.status(202).json(await services.operate(req.params.id, { kind }));
    });

  router.post('/services/:id/reschedule', async (req, res) => {
    const options = parseInput(RescheduleRequestSchema, req.body ?? {});
    res.status(202).json(await services.operate(req.params.id, { kind: 'reschedule', ...options }));
  });

  router.get('/services/:id/events', async (req, res) => {
    res.json(await services.events(req.params.id, parseInput(EventListQuerySchema, req.query)));
  });

  return router;
}

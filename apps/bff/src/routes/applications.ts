import { Router } from 'express';
import {
  ApplicationCreateRequestSchema,
  ApplicationListQuerySchema,
  ApplicationRollbackRequestSchema,
  ApplicationUpdateRequestSchema,
  EventListQuerySchema,
  PlacementPreviewRequestSchema,
} from '@cs/contracts';
import { parseInput } from '../http/parse.ts';
import type { ApplicationService } from '../services/workloads/application-service.ts';

/** `/applications`: the Application List, Create Application, and each application's operations. */
export function createApplicationsRouter({ applications }: { applications: ApplicationService }): Router {
  const router = Router();

  router.get('/applications', async (req, res) => {
    res.json(await applications.list(parseInput(ApplicationListQuerySchema, req.query)));
  });

  router.post('/applications/preview', async (req, res) => {
    res.json(await applications.preview(parseInput(PlacementPreviewRequestSchema, req.body)));
  });

  router.post('/applications', async (req, res) => {
    const created = await applications.create(parseInput(ApplicationCreateRequestSchema, req.body));
    res.status(201).location(`${req.baseUrl}/applications/${created.metadata.id}`).json(created);
  });

  router.get('/applications/:id', async (req, res) => {
    res.json(await applications.view(await applications.get(req.params.id)));
  });

  router.put('/applications/:id', async (req, res) => {
    res.json(await applications.update(req.params.id, parseInput(ApplicationUpdateRequestSchema, req.body)));
  });

  router.delete('/applications/:id', async (req, res) => {
    res.status(202).json(await applications.operate(req.params.id, 'delete'));
  });

  for (const action of ['redeploy', 'stop', 'start'] as const)
    router.post(`/applications/:id/${action}`, async (req, res) => {
      res.status(202).json(await applications.operate(req.params.id, action));
    });

  router.post('/applications/:id/rollback', async (req, res) => {
    res.json(await applications.rollback(req.params.id, parseInput(ApplicationRollbackRequestSchema, req.body)));
  });

  router.post('/applications/:id/release/confirm', async (req, res) => {
    res.status(202).json(await applications.endRelease(req.params.id, 'confirm'));
  });

  router.post('/applications/:id/release/rollback', async (req, res) => {
    res.status(202).json(await applications.endRelease(req.params.id, 'rollback'));
  });

  router.get('/applications/:id/versions', async (req, res) => {
    res.json(await applications.versions(req.params.id));
  });

  router.get('/applications/:id/events', async (req, res) => {
    res.json(await applications.events(req.params.id, parseInput(EventListQuerySchema, req.query)));
  });

  return router;
}

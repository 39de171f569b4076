import { Router } from 'express';
import { SetServiceWeightsRequestSchema, TestAccessRequestSchema } from '@cs/contracts';
import { parseInput } from '../http/parse.ts';
import type { RouteService } from '../routing/route-service.ts';

/** The Routes tab (endpoints, Set Service Weight) and Test Access through a cluster's Server Load Balancer. */
export function createRoutingRouter({ routes }: { routes: RouteService }): Router {
  const router = Router();

  router.get('/applications/:id/routes', async (req, res) => {
    res.json(await routes.applicationRoutes(req.params.id));
  });

  router.put('/applications/:id/routes/weights', async (req, res) => {
    res.json(await routes.setWeights(req.params.id, parseInput(SetServiceWeightsRequestSchema, req.body)));
  });

  router.get('/services/:id/proxy-config', async (req, res) => {
    res.json(await routes.proxyConfig(req.params.id));
  });

  router.post('/clusters/:id/test-access', async (req, res) => {
    res.json(await routes.testAccess(req.params.id, parseInput(TestAccessRequestSchema, req.body)));
  });

  return router;
}

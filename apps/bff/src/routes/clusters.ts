import { Router } from 'express';
import {
  ClusterCreateRequestSchema,
  ClusterDeleteQuerySchema,
  ClusterListQuerySchema,
  EventListQuerySchema,
} from '@cs/contracts';
import { parseInput } from '../http/parse.ts';
import type { ClusterService } from '../services/cluster-service.ts';

export function createClustersRouter({ clusters }: { clusters: ClusterService }): Router {
  const router = Router();

  router.get('/clusters', async (req, res) => {
    res.json(await clusters.list(parseInput(ClusterListQuerySchema, req.query)));
  });

  router.post('/clusters', async (req, res) => {
    const created = await clusters.create(parseInput(ClusterCreateRequestSchema, req.body));
    res.status(201).location(`${req.baseUrl}/clusters/${created.metadata.id}`).json(created);
  });

  router.get('/clusters/:id', async (req, res) => {
    res.json(await clusters.getView(req.params.id));
  });

  router.delete('/clusters/:id', async (req, res) => {
    const { keepSlb } = parseInput(ClusterDeleteQuerySchema, req.query);
    res.status(202).json(await clusters.delete(req.params.id, keepSlb));
  });

  router.get('/clusters/:id/events', async (req, res) => {
    res.json(await clusters.events(req.params.id, parseInput(EventListQuerySchema, req.query)));
  });

  return router;
}

import { Router } from 'express';
import {
  AddUserTagRequestSchema,
  DeleteUserTagRequestSchema,
  InstanceListQuerySchema,
  NodeRemoveQuerySchema,
  NodeResetRequestSchema,
  PageQuerySchema,
} from '@cs/contracts';
import { parseInput } from '../http/parse.ts';
import type { InstanceService } from '../services/instance-service.ts';
import type { NodeService } from '../services/node-service.ts';

export function createNodesRouter({ nodes, instances }: { nodes: NodeService; instances: InstanceService }): Router {
  const router = Router();

  router.get('/clusters/:id/nodes', async (req, res) => {
    const { page, pageSize } = parseInput(PageQuerySchema, req.query);
    res.json(await nodes.list(req.params.id, { page, pageSize }));
  });

  router.get('/clusters/:id/nodes/:nodeId', async (req, res) => {
    res.json(await nodes.get(req.params.id, req.params.nodeId));
  });

  router.delete('/clusters/:id/nodes/:nodeId', async (req, res) => {
    const { migrateContainers } = parseInput(NodeRemoveQuerySchema, req.query);
    res.status(202).json(await nodes.remove(req.params.id, req.params.nodeId, migrateContainers));
  });

  router.post('/clusters/:id/nodes/:nodeId/reset', async (req, res) => {
    const { migrateContainers } = parseInput(NodeResetRequestSchema, req.body);
    res.status(202).json(await nodes.reset(req.params.id, req.params.nodeId, migrateContainers));
  });

  router.post('/clusters/:id/tags', async (req, res) => {
    const { nodeIds, tag } = parseInput(AddUserTagRequestSchema, req.body);
    res.json(await nodes.addTag(req.params.id, nodeIds, tag));
  });

  router.post('/clusters/:id/tags/delete', async (req, res) => {
    const { nodeIds, key } = parseInput(DeleteUserTagRequestSchema, req.body);
    res.json(await nodes.deleteTag(req.params.id, nodeIds, key));
  });

  router.get('/instances', async (req, res) => {
    res.json(await instances.list(parseInput(InstanceListQuerySchema, req.query)));
  });

  return router;
}

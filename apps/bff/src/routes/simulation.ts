import { Router } from 'express';
import { ImagePushRequestSchema, ZoneOutageRequestSchema } from '@cs/contracts';
import { parseInput } from '../http/parse.ts';
import type { NodeService } from '../services/node-service.ts';
import type { SimulationService } from '../services/simulation-service.ts';

/** `/simulation`: the simulation panel's node and zone outages and image digest pushes (faults: faults.ts). */
export function createSimulationRouter({
  simulation,
  nodes,
}: {
  simulation: SimulationService;
  nodes: NodeService;
}): Router {
  const router = Router();

  for (const [action, down] of [
    ['down', true],
    ['up', false],
  ] as const) {
    router.post(`/simulation/nodes/:nodeId/${action}`, async (req, res) => {
      const node = await simulation.setNodeDown(req.params.nodeId, down);
      res.json(await nodes.get(node.spec.clusterId, node.metadata.id));
    });
    router.post(`/simulation/zones/${action}`, async (req, res) => {
      const { clusterId, zone } = parseInput(ZoneOutageRequestSchema, req.body);
      const changed = await simulation.setZoneDown(clusterId, zone, down);
      res.json({ nodes: await Promise.all(changed.map((n) => nodes.get(clusterId, n.metadata.id))) });
    });
  }

  router.get('/simulation/images', async (_req, res) => {
    const items = await simulation.pushedImages();
    res.json({ items, total: items.length });
  });

  router.post('/simulation/images/push', async (req, res) => {
    const { image } = parseInput(ImagePushRequestSchema, req.body);
    res.status(201).json(await simulation.pushImage(image));
  });

  return router;
}

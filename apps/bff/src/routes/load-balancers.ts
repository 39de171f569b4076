import { Router } from 'express';
import type { Request } from 'express';
import {
  BackendServerQuerySchema,
  CertificateCreateRequestSchema,
  CertificateListQuerySchema,
  ListenerRequestSchema,
  ListenerSelectorSchema,
  LoadBalancerCreateRequestSchema,
  LoadBalancerListQuerySchema,
  LoadBalancerRenameRequestSchema,
} from '@cs/contracts';
import { LISTENER_LIMITS } from '@cs/domain';
import { z } from 'zod';
import { parseInput } from '../http/parse.ts';
import type { LoadBalancerServices } from '../services/load-balancers/load-balancer-services.ts';

const { port: PORT } = LISTENER_LIMITS;
const PortParamSchema = z.object({
  port: z
    .string()
    .regex(/^\d{1,5}$/, PORT.message)
    .transform(Number)
    .pipe(z.number().min(PORT.min, PORT.message).max(PORT.max, PORT.message)),
});

/** The listener a request names: its front port and, when asked, its port family. */
function listenerOf(req: Request<{ id: string; port: string }>) {
  const { port } = parseInput(PortParamSchema, req.params);
  const { protocol } = parseInput(ListenerSelectorSchema, req.query);
  return { id: req.params.id, port, family: protocol };
}

/** The Server Load Balancer console: Instance Management, Listening, Backend servers and Certificates. */
export function createLoadBalancersRouter({ loadBalancers }: { loadBalancers: LoadBalancerServices }): Router {
  const { instances, listeners, certificates } = loadBalancers;
  const router = Router();

  router.get('/load-balancers', async (req, res) => {
    res.json(await instances.list(parseInput(LoadBalancerListQuerySchema, req.query)));
  });

  router.post('/load-balancers', async (req, res) => {
    const created = await instances.create(parseInput(LoadBalancerCreateRequestSchema, req.body));
    res.status(201).location(`${req.baseUrl}/load-balancers/${created.metadata.id}`).json(created);
  });

  router.get('/load-balancers/:id', async (req, res) => {
    res.json(await instances.detail(req.params.id));
  });

  router.put('/load-balancers/:id', async (req, res) => {
    const { name, resourceVersion } = parseInput(LoadBalancerRenameRequestSchema, req.body);
    res.json(await instances.rename(req.params.id, name, resourceVersion));
  });

  router.delete('/load-balancers/:id', async (req, res) => {
    await instances.delete(req.params.id);
    res.status(204).end();
  });

  router.post('/load-balancers/:id/listeners', async (req, res) => {
    const listener = parseInput(ListenerRequestSchema, req.body);
    res.status(201).json(await listeners.add(req.params.id, listener));
  });

  router.put('/load-balancers/:id/listeners/:port', async (req, res) => {
    const { id, port, family } = listenerOf(req);
    res.json(await listeners.update(id, port, family, parseInput(ListenerRequestSchema, req.body)));
  });

  router.delete('/load-balancers/:id/listeners/:port', async (req, res) => {
    const { id, port, family } = listenerOf(req);
    res.json(await listeners.remove(id, port, family));
  });

  router.post('/load-balancers/:id/listeners/:port/start', async (req, res) => {
    const { id, port, family } = listenerOf(req);
    res.json(await listeners.setStatus(id, port, family, 'running'));
  });

  router.post('/load-balancers/:id/listeners/:port/stop', async (req, res) => {
    const { id, port, family } = listenerOf(req);
    res.json(await listeners.setStatus(id, port, family, 'stopped'));
  });

  router.get('/load-balancers/:id/backend-servers', async (req, res) => {
    const page = parseInput(BackendServerQuerySchema, req.query);
    res.json(await instances.backendServers(req.params.id, page));
  });

  router.get('/certificates', async (req, res) => {
    res.json(await certificates.list(parseInput(CertificateListQuerySchema, req.query)));
  });

  router.post('/certificates', async (req, res) => {
    const created = await certificates.create(parseInput(CertificateCreateRequestSchema, req.body));
    res.status(201).location(`${req.baseUrl}/certificates/${created.metadata.id}`).json(created);
  });

  router.get('/certificates/:id', async (req, res) => {
    res.json(await certificates.get(req.params.id));
  });

  router.delete('/certificates/:id', async (req, res) => {
    await certificates.delete(req.params.id);
    res.status(204).end();
  });

  return router;
}

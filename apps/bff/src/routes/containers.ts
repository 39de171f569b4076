import { Router } from 'express';
import { ContainerListQuerySchema } from '@cs/contracts';
import { parseInput } from '../http/parse.ts';
import type { ContainerOperations } from '../services/workloads/container-operations.ts';

/** `/containers`: the container tables (paged and filtered in SQL) and a container's Stop, Start, Delete. */
export function createContainersRouter({ containers }: { containers: ContainerOperations }): Router {
  const router = Router();

  router.get('/containers', async (req, res) => {
    const { page, pageSize, status, name, ...filter } = parseInput(ContainerListQuerySchema, req.query);
    res.json(
      await containers.list(
        { ...filter, ...(status ? { phase: status } : {}), ...(name ? { namePrefix: name } : {}) },
        { page, pageSize },
      ),
    );
  });

  router.get('/containers/:id', async (req, res) => {
    res.json(await containers.get(req.params.id));
  });

  router.post('/containers/:id/stop', async (req, res) => {
    res.status(202).json(await containers.setDesiredState(req.params.id, 'stopped'));
  });

  router.post('/containers/:id/start', async (req, res) => {
    res.status(202).json(await containers.setDesiredState(req.params.id, 'running'));
  });

  router.delete('/containers/:id', async (req, res) => {
    res.status(202).json(await containers.setDesiredState(req.params.id, 'removed'));
  });

  return router;
}

import { Router } from 'express';
import type { ContainerState } from '@cs/domain';
import type { DockerDeps } from '../docker-deps.ts';
import { DockerError } from '../api/docker-errors.ts';
import { COMPOSE_LABELS } from '../compose/container-config.ts';
import { ComposeProjects, RECREATE_REFUSED } from '../compose/compose-projects.ts';
import { ContainerActions } from './container-actions.ts';
import { ContainerContexts, findContainer } from './container-lookup.ts';
import { containerInspect, containerSummary, dockerLabels } from './container-views.ts';
import { labelValue, parseListFilters, passes } from './list-filters.ts';
import { readLogRequest, streamLogs } from './log-stream.ts';

/** What `docker ps` without `-a` shows: containers that run. */
const RUNNING_PHASES: readonly ContainerState[] = ['running', 'restarting'];
const MAX_LIMIT = 100_000;

function limitOf(value: unknown): number | undefined {
  if (value === undefined || value === '' || value === '-1' || value === '0') return undefined;
  const n = typeof value === 'string' ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < -1 || n > MAX_LIMIT)
    throw new DockerError(400, 'limit must be a number of containers.');
  return n;
}

const flag = (value: unknown) => value === '1' || value === 'true' || value === 'True';

/** The container endpoints the docker CLI and docker-compose use; everything else answers 501. */
export function createContainerRoutes(deps: DockerDeps, clusterId: string): Router {
  const router = Router();
  const { store } = deps;
  const actions = new ContainerActions(deps, clusterId);
  const projects = new ComposeProjects(deps, clusterId);

  router.get('/containers/json', async (req, res) => {
    const filters = parseListFilters(req.query['filters']);
    const limit = limitOf(req.query['limit']);
    const all = flag(req.query['all']) || limit !== undefined;
    const contexts = await ContainerContexts.load(store, clusterId);
    const project = labelValue(filters, COMPOSE_LABELS.project);
    const serviceName = labelValue(filters, COMPOSE_LABELS.service);
    const serviceIds =
      project === undefined && serviceName === undefined
        ? undefined
        : contexts.allServices
            .filter(
              (s) =>
                (project === undefined || s.spec.applicationName === project) &&
                (serviceName === undefined || s.metadata.name === serviceName),
            )
            .map((s) => s.metadata.id);
    const containers = await store.containers.listNewest(clusterId, {
      serviceIds,
      phases: all ? undefined : RUNNING_PHASES,
    });
    const now = deps.now();
    const shown = containers
      .map((c) => ({ container: c, context: contexts.of(c) }))
      .filter(({ container, context }) => passes(container, dockerLabels(container, context.service), filters))
      .slice(0, limit)
      .map(({ container, context }) => containerSummary(container, context, now));
    res.json(shown);
  });

  router.post('/containers/create', async (req, res) => {
    const name = typeof req.query['name'] === 'string' ? req.query['name'] : undefined;
    res.status(201).json(await projects.createContainer(name, req.body));
  });

  router.get('/containers/:id/json', async (req, res) => {
    const container = await findContainer(store, clusterId, req.params.id);
    const contexts = await ContainerContexts.load(store, clusterId);
    res.json(containerInspect(container, contexts.of(container)));
  });

  router.get('/containers/:id/logs', async (req, res) => {
    const request = readLogRequest(req.query);
    const container = await findContainer(store, clusterId, req.params.id);
    await streamLogs(req, res, deps, container, request);
  });

  router.post('/containers/:id/start', async (req, res) => {
    res.status(await actions.start(req.params.id)).end();
  });

  router.post('/containers/:id/stop', async (req, res) => {
    res.status(await actions.stop(req.params.id)).end();
  });

  router.post('/containers/:id/restart', async (req, res) => {
    await actions.restart(req.params.id);
    res.status(204).end();
  });

  router.post('/containers/:id/rename', () => {
    throw new DockerError(501, `Renaming containers is not supported. ${RECREATE_REFUSED}`);
  });

  router.delete('/containers/:id', async (req, res) => {
    await actions.remove(req.params.id, flag(req.query['force']));
    res.status(204).end();
  });

  return router;
}

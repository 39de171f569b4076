import { randomBytes } from 'node:crypto';
import { Router } from 'express';
import { z } from 'zod';
import { UNSUPPORTED_KEYS } from '@cs/compose';
import type { Application } from '@cs/domain';
import type { DockerDeps } from '../docker-deps.ts';
import { DockerError } from '../api/docker-errors.ts';
import { COMPOSE_LABELS } from '../compose/container-config.ts';
import type { DockerNetwork } from '../../store/docker-object-store.ts';
import { PREDEFINED, networkView, predefinedNetwork } from './network-views.ts';

const NETWORK_LABEL = 'com.docker.compose.network';
const NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,127}$/;
const DRIVERS = ['overlay', 'bridge'];
const strings = z.record(z.string().max(1024), z.string().max(4096)).refine((r) => Object.keys(r).length <= 100, {
  message: 'at most 100 entries',
});

const CreateNetworkSchema = z.object({
  Name: z.string().regex(NAME, 'Name must be 1-128 letters, digits, underscores, periods and hyphens.'),
  Driver: z.string().max(64).nullish(),
  Labels: strings.nullish(),
  Options: strings.nullish(),
});

const ConnectSchema = z.object({ Container: z.string().min(1).max(255) });

const NETWORKS_UNSUPPORTED = `Networks other than a project's default are not supported. ${UNSUPPORTED_KEYS['networks']}`;

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0]!;
  return `${issue.path.join('.') || 'body'}: ${issue.message}`;
}

/**
 * Networks: docker-compose creates `{project}_default` before its containers and removes it last.
 * Every container is on the cluster's one cross-host network anyway, so a network is a record;
 * other networks a Compose file declares are refused with the template's own message.
 */
export function createNetworkRoutes(deps: DockerDeps, clusterId: string): Router {
  const router = Router();
  const { store } = deps;

  const all = async (): Promise<DockerNetwork[]> => {
    const created = await store.docker.networks(clusterId);
    const since = new Date(0).toISOString();
    return [...PREDEFINED.map((name) => predefinedNetwork(clusterId, name, since)), ...created];
  };

  const find = async (reference: string): Promise<DockerNetwork> => {
    const networks = await all();
    const found =
      networks.find((n) => n.name === reference || n.id === reference) ??
      (/^[0-9a-f]{1,64}$/.test(reference) ? networks.find((n) => n.id.startsWith(reference)) : undefined);
    if (!found) throw new DockerError(404, `network ${reference} not found`);
    return found;
  };

  const projectOf = async (network: DockerNetwork): Promise<Application | undefined> => {
    const project = network.labels[COMPOSE_LABELS.project];
    if (!project || network.name !== `${project}_default`) return undefined;
    const page = await store.resources.list<Application>('application', {
      scope: clusterId,
      nameContains: project,
      page: 1,
      pageSize: 100,
    });
    return page.items.find((a) => a.metadata.name === project);
  };

  router.get('/networks', async (_req, res) => {
    res.json((await all()).map(networkView));
  });

  router.get('/networks/:id', async (req, res) => {
    res.json(networkView(await find(req.params.id)));
  });

  router.post('/networks/create', async (req, res) => {
    const parsed = CreateNetworkSchema.safeParse(req.body);
    if (!parsed.success) throw new DockerError(400, firstIssue(parsed.error));
    const { Name: name, Driver, Labels, Options } = parsed.data;
    const labels = Labels ?? {};
    if (labels[NETWORK_LABEL] !== undefined && labels[NETWORK_LABEL] !== 'default')
      throw new DockerError(400, NETWORKS_UNSUPPORTED);
    const driver = Driver || 'overlay';
    if (!DRIVERS.includes(driver)) throw new DockerError(400, `plugin "${driver}" not found`);
    if (PREDEFINED.includes(name as (typeof PREDEFINED)[number]))
      throw new DockerError(409, `network with name ${name} already exists`);
    const id = randomBytes(32).toString('hex');
    const created = await store.docker.createNetwork({
      id,
      clusterId,
      name,
      driver,
      labels,
      options: Options ?? {},
      createdAt: new Date(deps.now()).toISOString(),
    });
    if (!created) throw new DockerError(409, `network with name ${name} already exists`);
    res.status(201).json({ Id: id, Warning: '' });
  });

  router.delete('/networks/:id', async (req, res) => {
    const network = await find(req.params.id);
    if (PREDEFINED.includes(network.name as (typeof PREDEFINED)[number]))
      throw new DockerError(403, `${network.name} is a pre-defined network and cannot be removed`);
    const application = await projectOf(network);
    if (application) {
      const containers = await store.containers.list(
        { applicationId: application.metadata.id },
        { page: 1, pageSize: 1 },
      );
      if (containers.total > 0)
        throw new DockerError(
          403,
          `error while removing network: network ${network.name} id ${network.id} has active endpoints`,
        );
    }
    await store.docker.deleteNetwork(clusterId, network.id);
    if (
      application &&
      (await store.docker.isProject(application.metadata.id)) &&
      application.status.phase !== 'Deleting'
    )
      await deps.workloads.applications.operate(application.metadata.id, 'delete');
    res.status(204).end();
  });

  // Compose attaches each container to its project's default network; that is where it is already.
  for (const action of ['connect', 'disconnect'] as const) {
    router.post(`/networks/:id/${action}`, async (req, res) => {
      const network = await find(req.params.id);
      const parsed = ConnectSchema.safeParse(req.body);
      if (!parsed.success) throw new DockerError(400, firstIssue(parsed.error));
      if (!network.labels[COMPOSE_LABELS.project] && !PREDEFINED.includes(network.name as (typeof PREDEFINED)[number]))
        throw new DockerError(400, NETWORKS_UNSUPPORTED);
      res.status(200).end();
    });
  }

  return router;
}

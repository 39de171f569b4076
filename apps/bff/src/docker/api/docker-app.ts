import express from 'express';
import type { Express, RequestHandler } from 'express';
import type { Cluster } from '@cs/domain';
import { DOCKER_CLIENT } from '../../operations/actors.ts';
import { DOCKER_OPERATIONS } from '../../operations/operation-routes.ts';
import { recordOperations } from '../../operations/record-operations.ts';
import { apiVersionOf } from '../api-versions.ts';
import type { DockerDeps } from '../docker-deps.ts';
import { createContainerRoutes } from '../containers/container-routes.ts';
import { createImageRoutes } from '../images/image-routes.ts';
import { createNetworkRoutes } from '../networks/network-routes.ts';
import { createSystemRoutes } from '../system/system-routes.ts';
import { createMetricsExposition } from '../system/metrics-exposition.ts';
import { dockerErrorHandler, notSupported } from './docker-errors.ts';

/** Docker clients send bodies up to a container's configuration; a megabyte is plenty. */
const BODY_LIMIT = '1mb';
const VERSIONED = /^\/v(\d{1,2}\.\d{1,3})(\/.*)$/;

/** `/v1.27/containers/json` and `/containers/json` are the same route: the version is negotiated, not routed. */
const stripApiVersion: RequestHandler = (req, res, next) => {
  // PostgreSQL text cannot hold U+0000 (see http/refuse-nul.ts).
  if (req.url.includes('%00')) return void res.status(400).json({ message: 'The address contains a NUL character.' });
  const match = VERSIONED.exec(req.url);
  if (match) req.url = match[2]!;
  next();
};

/**
 * JSON as Docker sends it: the CLI reads an error's message only when Content-Type is exactly
 * `application/json` (Express would add a charset).
 */
const plainJson: RequestHandler = (_req, res, next) => {
  res.json = function json(body: unknown) {
    const data = Buffer.from(JSON.stringify(body));
    this.setHeader('Content-Type', 'application/json');
    this.setHeader('Content-Length', data.length);
    this.end(data);
    return this;
  };
  next();
};

/** The headers a Docker daemon answers every request with; the client reads its API version from them. */
function daemonHeaders(deps: DockerDeps, clusterId: string): RequestHandler {
  return async (_req, res, next) => {
    const cluster = await deps.store.resources.find<Cluster>('cluster', clusterId);
    const dockerVersion = cluster?.status.dockerVersion ?? '17.03.1-ce';
    res.setHeader('Api-Version', apiVersionOf(dockerVersion));
    res.setHeader('Docker-Experimental', 'false');
    res.setHeader('Ostype', 'linux');
    res.setHeader('Server', `Docker/${dockerVersion} (linux)`);
    next();
  };
}

/** The Docker Engine / Swarm API of one cluster, over the same services and store as the console. */
export function createDockerApp(deps: DockerDeps, clusterId: string): Express {
  const app = express();
  app.disable('x-powered-by');
  app.disable('etag');
  app.use(plainJson);
  app.use(stripApiVersion);
  app.use(
    recordOperations({
      log: deps.store.operationLogs,
      logger: deps.logger,
      table: DOCKER_OPERATIONS,
      actor: DOCKER_CLIENT,
      clusterId,
    }),
  );
  app.use(daemonHeaders(deps, clusterId));
  app.use(express.json({ limit: BODY_LIMIT, type: () => true }));
  app.use(createSystemRoutes(deps, clusterId));
  app.use(createMetricsExposition(deps, clusterId));
  app.use(createContainerRoutes(deps, clusterId));
  app.use(createImageRoutes(deps, clusterId));
  app.use(createNetworkRoutes(deps, clusterId));
  app.use(notSupported);
  app.use(dockerErrorHandler(deps.logger));
  return app;
}

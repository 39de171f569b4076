import express from 'express';
import type { Express } from 'express';
import './http/locals.ts';
import { createConsoleRouter } from './http/console-static.ts';
import { errorHandler } from './http/error-handler.ts';
import { sendProblem } from './http/problem.ts';
import { requestContext } from './http/request-context.ts';
import { requireSession } from './http/require-session.ts';
import { securityHeaders } from './http/security-headers.ts';
import type { Logger } from './logging/logger.ts';
import { createAttachRouter } from './routes/attach.ts';
import { createClusterActionsRouter } from './routes/cluster-actions.ts';
import { createClustersRouter } from './routes/clusters.ts';
import { createFaultsRouter } from './routes/faults.ts';
import { createNodesRouter } from './routes/nodes.ts';
import { createHealthRouter } from './routes/health.ts';
import { createOverviewRouter } from './routes/overview.ts';
import { createSessionRouter } from './routes/session.ts';
import { createImagesRouter } from './routes/images.ts';
import { createTemplatesRouter } from './routes/templates.ts';
import type { AuthService } from './services/auth-service.ts';
import type { ClusterOperations } from './services/cluster-operations.ts';
import type { ClusterService } from './services/cluster-service.ts';
import type { FaultService } from './services/fault-service.ts';
import type { ImageCatalog } from './services/image-catalog.ts';
import type { InstanceService } from './services/instance-service.ts';
import type { NodeService } from './services/node-service.ts';
import type { TemplateService } from './services/template-service.ts';
import type { Store } from './store/store.ts';
import type { ChangeFeed } from './streams/change-feed.ts';
import { createClusterLogRouter } from './streams/cluster-log-route.ts';
import { createWatchRouter } from './streams/watch-route.ts';

export const BODY_LIMIT = '1mb';

export interface AppDependencies {
  logger: Logger;
  store: Store;
  feed: ChangeFeed;
  auth: AuthService;
  clusters: ClusterService;
  operations: ClusterOperations;
  nodes: NodeService;
  instances: InstanceService;
  faults: FaultService;
  templates: TemplateService;
  images: ImageCatalog;
  version: string;
  consoleDist: string;
  secureCookies: boolean;
}

/** The Express app: API under /api/v1 (all but health and sign-in behind a session), then the console. */
export function createApp(deps: AppDependencies): { app: Express; closeStreams: () => void } {
  const app = express();
  app.disable('x-powered-by');
  app.use(securityHeaders());
  app.use(requestContext(deps.logger));

  const api = express.Router();
  api.use(express.json({ limit: BODY_LIMIT }));
  api.use(createHealthRouter({ version: deps.version }));
  api.use(createSessionRouter({ auth: deps.auth, secureCookies: deps.secureCookies }));
  api.use(createAttachRouter({ operations: deps.operations }));
  api.use(requireSession(deps.auth));
  api.use(createOverviewRouter({ store: deps.store }));
  api.use(createClustersRouter({ clusters: deps.clusters }));
  api.use(createClusterActionsRouter({ operations: deps.operations, clusters: deps.clusters, store: deps.store }));
  api.use(createNodesRouter({ nodes: deps.nodes, instances: deps.instances }));
  api.use(createFaultsRouter({ faults: deps.faults }));
  api.use(createTemplatesRouter({ templates: deps.templates }));
  api.use(createImagesRouter({ images: deps.images }));
  const watch = createWatchRouter({ feed: deps.feed, resources: deps.store.resources });
  const clusterLogs = createClusterLogRouter({ clusters: deps.clusters, events: deps.store.events, feed: deps.feed });
  api.use(watch);
  api.use(clusterLogs);
  api.use((req, res) => sendProblem(res, 404, `There is no API route ${req.method} ${req.originalUrl.split('?')[0]}.`));

  app.use('/api/v1', api);
  app.use('/api', (req, res) =>
    sendProblem(res, 404, `There is no API route ${req.method} ${req.originalUrl.split('?')[0]}.`),
  );
  app.use(createConsoleRouter(deps.consoleDist));
  app.use(errorHandler(deps.logger));
  return {
    app,
    closeStreams: () => {
      watch.closeAll();
      clusterLogs.closeAll();
    },
  };
}

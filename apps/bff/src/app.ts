import express from 'express';
import type { Express } from 'express';
import type { Quotas } from '@cs/domain';
import './http/locals.ts';
import { createConsoleRouter } from './http/console-static.ts';
import { errorHandler } from './http/error-handler.ts';
import { noRoute } from './http/no-route.ts';
import { refuseNulInAddress } from './http/refuse-nul.ts';
import { requestContext } from './http/request-context.ts';
import { requireSession } from './http/require-session.ts';
import { securityHeaders } from './http/security-headers.ts';
import type { Logger } from './logging/logger.ts';
import { consoleActor } from './operations/actors.ts';
import { CONSOLE_OPERATIONS } from './operations/operation-routes.ts';
import { recordOperations } from './operations/record-operations.ts';
import { createOperationLogsRouter } from './routes/operation-logs.ts';
import { createAlarmsRouter } from './routes/alarms.ts';
import { createNodeScalingRouter } from './routes/node-scaling.ts';
import { createAttachRouter } from './routes/attach.ts';
import { createClusterActionsRouter } from './routes/cluster-actions.ts';
import { createClustersRouter } from './routes/clusters.ts';
import { createFaultsRouter } from './routes/faults.ts';
import { createNodesRouter } from './routes/nodes.ts';
import { createHealthRouter } from './routes/health.ts';
import { createOverviewRouter } from './routes/overview.ts';
import { createQuotasRouter } from './routes/quotas.ts';
import { createSessionRouter } from './routes/session.ts';
import { createImagesRouter } from './routes/images.ts';
import { createTemplatesRouter } from './routes/templates.ts';
import { createApplicationsRouter } from './routes/applications.ts';
import { createContainersRouter } from './routes/containers.ts';
import { createMetricsRouter } from './routes/metrics.ts';
import { createTerminalRouter } from './routes/terminal.ts';
import { createLogsRouter } from './routes/logs.ts';
import { createLoadBalancersRouter } from './routes/load-balancers.ts';
import { createVolumesRouter } from './routes/volumes.ts';
import { createVolumeServices } from './services/volumes/volume-services.ts';
import { createServicesRouter } from './routes/services.ts';
import { createRoutingRouter } from './routes/routing.ts';
import { createAutoScalingRouter } from './routes/auto-scaling.ts';
import type { ContainerScalingService } from './services/scaling/container/container-scaling-service.ts';
import { createTriggerHookRouter } from './routes/trigger-hook.ts';
import { createTriggersRouter } from './routes/triggers.ts';
import { createJobsRouter } from './routes/jobs.ts';
import { createScheduleRouter } from './routes/schedule.ts';
import type { ScheduleService } from './services/timing/schedule-service.ts';
import { TriggerCalls } from './services/triggers/trigger-calls.ts';
import { TriggerService } from './services/triggers/trigger-service.ts';
import { JobService } from './services/jobs/job-service.ts';
import type { RouteService } from './routing/route-service.ts';
import { createSimulationRouter } from './routes/simulation.ts';
import type { WorkloadServices } from './services/workloads/workload-services.ts';
import type { AlarmService } from './services/alarms/alarm-service.ts';
import type { AuthService } from './services/auth-service.ts';
import type { ClusterOperations } from './services/cluster-operations.ts';
import type { ClusterService } from './services/cluster-service.ts';
import type { CredentialStore } from './services/credentials/credential-store.ts';
import type { FaultService } from './services/fault-service.ts';
import type { ImageCatalog } from './services/image-catalog.ts';
import type { InstanceService } from './services/instance-service.ts';
import type { LogService } from './services/logs/log-service.ts';
import type { LoadBalancerServices } from './services/load-balancers/load-balancer-services.ts';
import type { LoadSpikeService } from './services/metrics/load-spike-service.ts';
import type { NodeScalingServices } from './services/scaling/nodes/node-scaling-services.ts';
import type { MetricsService } from './services/metrics/metrics-service.ts';
import type { NodeService } from './services/node-service.ts';
import type { TemplateService } from './services/template-service.ts';
import type { Store } from './store/store.ts';
import type { TerminalService } from './terminal/terminal-service.ts';
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
  workloads: WorkloadServices;
  terminals: TerminalService;
  logs: LogService;
  alarms: AlarmService;
  schedules: ScheduleService;
  loadBalancers: LoadBalancerServices;
  routes: RouteService;
  metrics: MetricsService;
  loadSpikes: LoadSpikeService;
  nodeScaling: NodeScalingServices;
  containerScaling: ContainerScalingService;
  now: () => number;
  credentials: CredentialStore;
  version: string;
  consoleDist: string;
  secureCookies: boolean;
  /** The origin users and instances reach this server at (PUBLIC_URL). */
  publicUrl: string;
  /** QUOTA_CLUSTERS and QUOTA_NODES_PER_CLUSTER. */
  quotas: Quotas;
}

/**
 * The Express app: API under /api/v1, then the console. Only health, sign-in and the manual attach
 * endpoints are public; every other API request shows its session before its body is read, so a
 * stranger's body is never parsed.
 */
export function createApp(deps: AppDependencies): { app: Express; closeStreams: () => void } {
  const app = express();
  app.disable('x-powered-by');
  app.use(securityHeaders());
  app.use(requestContext(deps.logger));

  const json = express.json({ limit: BODY_LIMIT });
  const api = express.Router();
  api.use(
    recordOperations({
      log: deps.store.operationLogs,
      logger: deps.logger,
      table: CONSOLE_OPERATIONS,
      actor: consoleActor,
    }),
  );
  api.use(createHealthRouter({ version: deps.version }));
  api.post('/session', json);
  api.use(createSessionRouter({ auth: deps.auth, secureCookies: deps.secureCookies }));
  api.post('/attach/:token', json);
  api.use(createAttachRouter({ operations: deps.operations, publicUrl: deps.publicUrl }));
  api.use(requireSession(deps.auth));
  api.use(refuseNulInAddress);
  api.use(json);
  api.use(createOverviewRouter({ store: deps.store }));
  api.use(createOperationLogsRouter({ log: deps.store.operationLogs }));
  api.use(createClustersRouter({ clusters: deps.clusters }));
  api.use(createQuotasRouter({ quotas: deps.quotas }));
  api.use(
    createClusterActionsRouter({
      operations: deps.operations,
      clusters: deps.clusters,
      credentials: deps.credentials,
      publicUrl: deps.publicUrl,
    }),
  );
  api.use(createNodesRouter({ nodes: deps.nodes, instances: deps.instances }));
  api.use(createFaultsRouter({ faults: deps.faults }));
  api.use(createTemplatesRouter({ templates: deps.templates, now: deps.now }));
  api.use(createImagesRouter({ images: deps.images }));
  api.use(createApplicationsRouter({ applications: deps.workloads.applications }));
  api.use(createTriggersRouter({ triggers: new TriggerService(deps.store, deps.publicUrl, deps.now) }));
  api.use(createJobsRouter({ jobs: new JobService(deps.store) }));
  api.use(createScheduleRouter({ schedules: deps.schedules }));
  api.use(createServicesRouter({ services: deps.workloads.services }));
  api.use(createRoutingRouter({ routes: deps.routes }));
  api.use(createContainersRouter({ containers: deps.workloads.containers }));
  api.use(
    createMetricsRouter({ metrics: deps.metrics, loadSpikes: deps.loadSpikes, store: deps.store, now: deps.now }),
  );
  api.use(createTerminalRouter({ terminals: deps.terminals }));
  api.use(createAlarmsRouter({ alarms: deps.alarms }));
  api.use(createNodeScalingRouter(deps.nodeScaling));
  api.use(createAutoScalingRouter({ scaling: deps.containerScaling }));
  api.use(createLoadBalancersRouter({ loadBalancers: deps.loadBalancers }));
  api.use(createVolumesRouter(createVolumeServices(deps.store, deps.now)));
  api.use(createSimulationRouter({ simulation: deps.workloads.simulation, nodes: deps.nodes }));
  const watch = createWatchRouter({ feed: deps.feed, resources: deps.store.resources });
  const clusterLogs = createClusterLogRouter({ clusters: deps.clusters, events: deps.store.events, feed: deps.feed });
  const containerLogs = createLogsRouter({ logs: deps.logs });
  api.use(watch);
  api.use(clusterLogs);
  api.use(containerLogs);
  api.use(noRoute('API route'));

  app.use('/api/v1', api);
  app.use('/api', noRoute('API route'));
  // Trigger links are public: their token and secret are the caller's credentials, not a session.
  const calls = new TriggerCalls(deps.store, deps.workloads.applications, deps.workloads.services);
  app.use('/hook', createTriggerHookRouter({ calls, log: deps.store.operationLogs, logger: deps.logger }));
  app.use(createConsoleRouter(deps.consoleDist));
  app.use(errorHandler(deps.logger));
  return {
    app,
    closeStreams: () => {
      watch.closeAll();
      clusterLogs.closeAll();
      containerLogs.closeAll();
    },
  };
}

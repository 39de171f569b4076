import { RealClock } from '@cs/simulator';
import type { Clock } from '@cs/simulator';
import { AnalysisPool } from './analysis/analysis-pool.ts';
import type { AnalysisPoolOptions } from './analysis/analysis-pool.ts';
import { createApp } from './app.ts';
import { createDockerApp } from './docker/api/docker-app.ts';
import { dockerEndpoints } from './docker/endpoints.ts';
import { ClusterRoutes } from './routing/cluster-routes.ts';
import { RequestRouter } from './routing/request-router.ts';
import { RouteService } from './routing/route-service.ts';
import { slbListeners } from './routing/slb-listeners.ts';
import type { Config } from './config.ts';
import { createLogger } from './logging/logger.ts';
import type { Logger } from './logging/logger.ts';
import { AlarmEvaluator } from './services/alarms/alarm-evaluator.ts';
import type { AlarmMetricSource } from './services/alarms/alarm-metric-source.ts';
import { AlarmService } from './services/alarms/alarm-service.ts';
import { MetricsAlarmSource } from './services/alarms/metrics-alarm-source.ts';
import { InfluxPusher } from './services/metrics/influx-push.ts';
import { LoadSpikeService } from './services/metrics/load-spike-service.ts';
import { MetricsService } from './services/metrics/metrics-service.ts';
import { AuthService } from './services/auth-service.ts';
import type { AuthServiceOptions } from './services/auth-service.ts';
import { ClusterOperations } from './services/cluster-operations.ts';
import { ClusterService } from './services/cluster-service.ts';
import { CredentialStore } from './services/credentials/credential-store.ts';
import { FaultService } from './services/fault-service.ts';
import { ImageCatalog } from './services/image-catalog.ts';
import { InstanceService } from './services/instance-service.ts';
import { LogService } from './services/logs/log-service.ts';
import { createLoadBalancerServices } from './services/load-balancers/load-balancer-services.ts';
import { NodeService } from './services/node-service.ts';
import { createNodeScalingServices } from './services/scaling/nodes/node-scaling-services.ts';
import { createContainerScalingServices } from './services/scaling/container/container-scaling-services.ts';
import { TemplateService } from './services/template-service.ts';
import { createTimingServices } from './services/timing/timing-services.ts';
import { createWorkloadServices } from './services/workloads/workload-services.ts';
import { SimulationRunner } from './simulation/simulation-runner.ts';
import { AlarmStore } from './store/alarm-store.ts';
import { openDatabase } from './store/database.ts';
import { createStore } from './store/store.ts';
import { ChangeFeed } from './streams/change-feed.ts';
import { createTerminalUpgrade } from './terminal/terminal-upgrade.ts';
import { TerminalService } from './terminal/terminal-service.ts';

export const VERSION = '0.1.0';
/** Every minute: the deploy engine may write a thousand changes a second, so the log is kept short. */
const MAINTENANCE_MS = 60_000;
const CHANGES_KEPT = 50_000;
const POSTGRES_POLL_MS = 500;
/** Below docker-compose's 60 s read timeout, so the client hears why rather than timing out. */
const DOCKER_WAIT_BUDGET_MS = 50_000;

export interface ServerOverrides {
  clock?: Clock;
  logger?: Logger;
  auth?: AuthServiceOptions;
  /** A PostgreSQL schema of its own (tests). */
  databaseSchema?: string;
  /** The template analysis pool's size, queue and budget (tests). */
  analysis?: AnalysisPoolOptions;
  /** How long a Docker request waits for the simulated cloud (tests). */
  dockerWaitBudgetMs?: number;
  /** The statistics alarm rules are judged by (tests give a deterministic one). */
  alarmMetrics?: AlarmMetricSource;
  /** The Web Terminal's idle timeout and session re-check (tests). */
  terminal?: { idleMs?: number; sessionCheckMs?: number };
}

/** Wires store, change feed, simulator and HTTP app; `close` undoes it in reverse order. */
export async function createServer(config: Config, overrides: ServerOverrides = {}) {
  const logger = overrides.logger ?? createLogger(config.logLevel);
  const clock = overrides.clock ?? new RealClock(config.simSpeed);
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    schema: overrides.databaseSchema,
  });
  const wake = { feed: () => {} };
  const store = createStore(
    database,
    () => clock.now(),
    () => wake.feed(),
  );
  const feed = new ChangeFeed(store.resources, logger, {
    pollMs: database.dialect === 'postgres' ? POSTGRES_POLL_MS : undefined,
  });
  wake.feed = () => feed.wake();
  await feed.start();

  const auth = new AuthService(store, overrides.auth);
  const now = () => clock.now();
  const clusters = new ClusterService(store, now, config.quotas, config.docker.host);
  const operations = new ClusterOperations(store, clusters, now, config.quotas);
  const nodes = new NodeService(store, now);
  const instances = new InstanceService(store, now);
  await instances.seed();
  const faults = new FaultService(store, now);
  const analysis = new AnalysisPool(overrides.analysis);
  const templates = new TemplateService(store, now, analysis);
  await templates.seedSamples();
  const clusterRoutes = new ClusterRoutes(store);
  clusterRoutes.follow(feed);
  const requestRouter = new RequestRouter(clusterRoutes, now);
  const slb = slbListeners(store, feed, logger, requestRouter, {
    host: config.docker.host,
    leading: () => simulation.leading,
  });
  const loadBalancers = createLoadBalancerServices(store, now, {
    async endpointOf(lb) {
      const clusterId = lb.spec.clusterId;
      const port = clusterId === null ? undefined : (await slb.portsOf([clusterId])).get(clusterId);
      return port === undefined ? null : `http://${config.docker.host}:${port}`;
    },
  });
  await loadBalancers.instances.seed();
  const simulation = new SimulationRunner(store, feed, logger, {
    clock,
    failureRate: config.simFailureRate,
    seed: config.simSeed,
    takeOverOnStart: database.dialect === 'sqlite',
    maxNodesPerCluster: config.quotas.nodesPerCluster,
  });
  await simulation.start();

  const credentials = new CredentialStore(store, [...new Set([config.docker.host, '127.0.0.1', 'localhost'])]);
  const resolveSlb = async (region: string, nameOrId: string) => {
    const found = await loadBalancers.instances.resolve(region, nameOrId);
    return found && { id: found.metadata.id, name: found.metadata.name };
  };
  const workloads = createWorkloadServices(store, analysis, now, config.quotas.nodesPerCluster, resolveSlb);
  const metrics = new MetricsService(store, now);
  const loadSpikes = new LoadSpikeService(store, metrics.spikes, now);
  const influxPush = new InfluxPusher(store, metrics, now, logger, () => simulation.leading);
  influxPush.start();
  const alarmStore = new AlarmStore(database, now, () => wake.feed());
  const alarms = new AlarmService(store, alarmStore, now);
  const alarmMetrics = overrides.alarmMetrics ?? new MetricsAlarmSource(store, metrics.spikes, now);
  const alarmEvaluator = new AlarmEvaluator(alarmStore, alarmMetrics, {
    clock,
    logger,
    leading: () => simulation.leading,
  });
  alarmEvaluator.start();
  const timing = createTimingServices({
    store,
    analyzer: analysis,
    applications: workloads.applications,
    clock,
    logger,
    leading: () => simulation.leading,
  });
  timing.controller.start();
  const nodeScaling = createNodeScalingServices({
    store,
    clusters,
    operations,
    nodes,
    spikes: metrics.spikes,
    quotas: config.quotas,
    clock,
    logger,
    leading: () => simulation.leading,
  });
  nodeScaling.evaluator.start();
  const containerScaling = createContainerScalingServices({
    store,
    spikes: metrics.spikes,
    clock,
    logger,
    leading: () => simulation.leading,
  });
  containerScaling.scaler.start();
  const dockerDeps = {
    store,
    workloads,
    metrics,
    now,
    logger,
    waitBudgetMs: overrides.dockerWaitBudgetMs ?? DOCKER_WAIT_BUDGET_MS,
  };
  const docker = dockerEndpoints(store, feed, credentials, logger, {
    host: config.docker.host,
    leading: () => simulation.leading,
    handler: (clusterId) => createDockerApp(dockerDeps, clusterId),
  });
  if (config.docker.enabled) docker.start();

  if (config.slbListeners) slb.start();
  const routes = new RouteService(
    store,
    clusterRoutes,
    requestRouter,
    async (cluster) => {
      const port = (await slb.portsOf([cluster.metadata.id])).get(cluster.metadata.id);
      return port === undefined ? null : { host: config.docker.host, port, slbId: cluster.status.resources.slbId };
    },
    (region, nameOrId) => loadBalancers.instances.resolve(region, nameOrId),
  );

  const terminals = new TerminalService(store, {
    maxNodesPerCluster: config.quotas.nodesPerCluster,
    now,
    route: (clusterId, request) => requestRouter.viaRouting(clusterId, request),
  });
  const terminalUpgrade = createTerminalUpgrade({
    auth,
    terminals,
    store,
    feed,
    logger,
    publicUrl: config.publicUrl,
    ...overrides.terminal,
  });

  const { app, closeStreams } = createApp({
    logger,
    store,
    feed,
    auth,
    clusters,
    operations,
    nodes,
    instances,
    faults,
    templates,
    images: new ImageCatalog(),
    workloads,
    terminals,
    logs: new LogService(store, clock),
    credentials,
    alarms,
    schedules: timing.schedules,
    loadBalancers,
    routes,
    metrics,
    loadSpikes,
    nodeScaling,
    containerScaling: containerScaling.service,
    now,
    version: VERSION,
    consoleDist: config.consoleDist,
    secureCookies: config.secureCookies,
    publicUrl: config.publicUrl,
    quotas: config.quotas,
  });

  const maintenance = setInterval(() => {
    void store.resources
      .pruneChanges(CHANGES_KEPT)
      .catch((error: unknown) => logger.error('pruning changes failed', { error }));
    void auth.purgeExpiredSessions().catch((error: unknown) => logger.error('purging sessions failed', { error }));
    void metrics.points.purge(now()).catch((error: unknown) => logger.error('purging custom points failed', { error }));
  }, MAINTENANCE_MS);
  maintenance.unref();

  return {
    app,
    store,
    feed,
    auth,
    simulation,
    clock,
    logger,
    analysis,
    docker,
    /** Each cluster's Server Load Balancer listener (tests await `settled`). */
    slb,
    /** The routes and the request router behind the listeners and Test Access (benches drive them directly). */
    routing: { routes: clusterRoutes, router: requestRouter },
    alarmEvaluator,
    /** Timing tasks' controller (tests call `runPeriod`). */
    timingController: timing.controller,
    /** Node auto scaling's evaluator (tests await `idle`). */
    nodeScalingEvaluator: nodeScaling.evaluator,
    /** Container auto scaling (tests call `evaluateDue`). */
    containerScaler: containerScaling.scaler,
    /** The InfluxDB addon's minute push (tests call `pushOnce`). */
    influxPush,
    /** The Server Load Balancer console's services (`instances.resolve` checks `aliyun.lb.port_*` instances). */
    loadBalancers,
    /** The HTTP server's `upgrade` listener: the Web Terminal's WebSocket. */
    handleUpgrade: terminalUpgrade.handleUpgrade,
    /** The Docker API of a cluster without its TLS listener (tests drive it directly). */
    dockerApp: (clusterId: string) => createDockerApp(dockerDeps, clusterId),
    /** Resolves once every change committed so far has reached the simulator and its writes landed. */
    async settle(): Promise<void> {
      for (let i = 0; i < 3; i++) {
        await feed.settled();
        await simulation.idle();
        await alarmEvaluator.idle();
        await nodeScaling.evaluator.idle();
        await containerScaling.scaler.idle();
        await timing.controller.idle();
      }
    },
    async close(): Promise<void> {
      clearInterval(maintenance);
      influxPush.stop();
      terminalUpgrade.close();
      closeStreams();
      await docker.close();
      await slb.close();
      clusterRoutes.close();
      // Before the analysis pool: the controller reads schedules with it.
      timing.controller.stop();
      await timing.controller.idle();
      await analysis.close();
      alarmEvaluator.stop();
      await alarmEvaluator.idle();
      nodeScaling.evaluator.stop();
      await nodeScaling.evaluator.idle();
      containerScaling.scaler.stop();
      await containerScaling.scaler.idle();
      await simulation.stop();
      feed.stop();
      await database.close();
    },
  };
}

export type Server = Awaited<ReturnType<typeof createServer>>;

import { BOTH_WEIGHTS_WARNING, DEFAULT_SERVICE_WEIGHT, InputError, NotFoundError } from '@cs/domain';
import { generateProxyConfig } from '@cs/simulator';
import type { Application, Cluster, Listener, LoadBalancer, Service } from '@cs/domain';
import type {
  ApplicationRoutes,
  ProxyConfigurationDto,
  SetServiceWeightsRequest,
  SetServiceWeightsResult,
  TestAccessRequestSchema,
  TestAccessResult,
} from '@cs/contracts';
import type { z } from 'zod';
import type { Store } from '../store/store.ts';
import { applicationRoutes } from './application-routes.ts';
import { withContainers } from './route-snapshot.ts';
import type { ClusterRoutes } from './cluster-routes.ts';
import type { RequestRouter } from './request-router.ts';
import { isProxyService, isRouted } from '@cs/domain';
import { testAccess, testTarget } from './test-access.ts';
import type { SimulatedRequest } from './simulated-request.ts';
import type { TestTarget } from './test-access.ts';

/** The port of a cluster's Server Load Balancer listener on this machine, when it has one. */
export type ListenerOf = (cluster: Cluster) => Promise<ApplicationRoutes['listener']>;

/** acsrouting's port on every node: a listener forwarding to it reaches simple routing (SLB 80 → 9080 by default). */
export const ROUTING_PORT = 9080;

const listenerWords = (l: Listener) => `${l.frontendProtocol.toUpperCase()}:${l.frontendPort} → ${l.backendPort}`;

/**
 * Why Test Access cannot send HTTP to this front port: the cluster's own instance has no running
 * listener there, or the listener takes another protocol. On other instances a front port without a
 * listener goes to what lb labels bind there (503 when nothing is), as the label names the port.
 */
function listenerProblem(slb: LoadBalancer, listener: Listener | undefined, target: TestTarget): string | undefined {
  if (!listener) {
    const listeners = slb.spec.listeners.map(listenerWords).join(', ') || 'none';
    return slb.spec.origin === 'cluster'
      ? `Server Load Balancer ${slb.metadata.name} has no running listener on port ${target.port} (its listeners: ${listeners}): add one on its Listening tab.`
      : undefined;
  }
  if (listener.frontendProtocol === 'udp')
    return `The listener on port ${target.port} is UDP: test access sends HTTP over TCP.`;
  if (listener.frontendProtocol === 'https' && target.scheme !== 'https')
    return `The listener on port ${target.port} is HTTPS: use https:// in the URL.`;
  if (listener.frontendProtocol === 'http' && target.scheme !== 'http')
    return `The listener on port ${target.port} is HTTP: use http:// in the URL.`;
  return undefined;
}

/** The Routes tab: an application's endpoints and Set Service Weight. */
export class RouteService {
  constructor(
    private readonly store: Store,
    private readonly routes: ClusterRoutes,
    private readonly router: RequestRouter,
    private readonly listenerOf: ListenerOf,
    private readonly loadBalancerOf: (region: string, nameOrId: string) => Promise<LoadBalancer | undefined>,
  ) {}

  /**
   * Test Access: requests to a URL through a Server Load Balancer of the cluster's region (the
   * cluster's own unless named), by the listener on the URL's port: one forwarding to 9080 reaches
   * acsrouting; other front ports reach what `aliyun.lb.port_N` labels bind there.
   */
  async testAccess(clusterId: string, request: z.output<typeof TestAccessRequestSchema>): Promise<TestAccessResult> {
    const cluster = await this.store.resources.get<Cluster>('cluster', clusterId);
    const target = testTarget(request.url);
    const named = request.slb ?? cluster.status.resources.slbId;
    if (named === null)
      throw new InputError([
        {
          field: 'url',
          message: `Cluster ${cluster.metadata.name} has no Server Load Balancer: bind one in Load Balancer Settings.`,
        },
      ]);
    const slb = await this.loadBalancerOf(cluster.spec.region, named);
    if (!slb)
      throw new InputError([
        {
          field: 'slb',
          message: `No Server Load Balancer named or with the ID ${named} exists in ${cluster.spec.region}.`,
        },
      ]);
    const listener = slb.spec.listeners.find((l) => l.frontendPort === target.port && l.status === 'running');
    const problem = listenerProblem(slb, listener, target);
    if (problem) throw new InputError([{ field: 'url', message: problem }]);
    const via = { id: slb.metadata.id, name: slb.metadata.name };
    const send =
      listener?.backendPort === ROUTING_PORT
        ? (r: SimulatedRequest) => this.router.viaRouting(clusterId, r)
        : (r: SimulatedRequest) => this.router.viaLoadBalancer(clusterId, via, target.port, r);
    return testAccess(send, target, request);
  }

  async applicationRoutes(applicationId: string): Promise<ApplicationRoutes> {
    const application = await this.store.resources.get<Application>('application', applicationId);
    const cluster = await this.store.resources.get<Cluster>('cluster', application.spec.clusterId);
    const services = (await this.store.resources.listInScope<Service>('service', applicationId)).filter(
      (s) => isRouted(s.spec.definition.labels) && s.status.phase !== 'Deleting',
    );
    const ids = services.map((s) => s.metadata.id);
    const [sets, weights, listener] = await Promise.all([
      this.routes.serversOf(ids),
      this.store.serviceWeights.of(ids),
      this.listenerOf(cluster),
    ]);
    const backends = new Map([...sets].map(([id, servers]) => [id, servers.length]));
    return {
      applicationId,
      clusterId: cluster.metadata.id,
      listener,
      routes: applicationRoutes({ application, cluster, services, backends, weights }),
    };
  }

  /** The HAProxy configuration acs/proxy writes for a custom routing service, from the cluster as it runs now. */
  async proxyConfig(serviceId: string): Promise<ProxyConfigurationDto> {
    const service = await this.store.resources.get<Service>('service', serviceId);
    const { definition, applicationName, clusterId } = service.spec;
    if (!isProxyService(definition.labels)) throw new NotFoundError('proxy configuration of service', serviceId);
    const proxied = (await this.routes.get(clusterId))?.proxied ?? [];
    const servers = await this.routes.serversOf(proxied.map((p) => p.routed.id));
    const generated = generateProxyConfig(
      { applicationName, environment: definition.environment, ports: definition.ports },
      proxied.map((p) => withContainers(p, servers.get(p.routed.id) ?? [])),
    );
    return {
      serviceId,
      config: generated.config,
      files: generated.files.map((f) => ({ path: f.path, bytes: Buffer.byteLength(f.content) })),
      warnings: generated.warnings,
    };
  }

  /**
   * Set Service Weight. A step that moves more than one service's weight is carried out, with the
   * guide's warning: while routing reloads, some requests fail (see PAIRED_CHANGE_WINDOW_MS).
   */
  async setWeights(applicationId: string, request: SetServiceWeightsRequest): Promise<SetServiceWeightsResult> {
    const application = await this.store.resources.get<Application>('application', applicationId);
    const services = new Map(
      (await this.store.resources.listInScope<Service>('service', applicationId)).map((s) => [s.metadata.id, s]),
    );
    request.weights.forEach((w, index) => {
      const service = services.get(w.serviceId);
      if (!service || !isRouted(service.spec.definition.labels))
        throw new InputError([
          {
            field: `weights.${index}.serviceId`,
            message: `${w.serviceId} is not a routed service of application ${application.metadata.name}.`,
          },
        ]);
    });
    const current = await this.store.serviceWeights.of(request.weights.map((w) => w.serviceId));
    const changed = request.weights.filter(
      (w) => w.weight !== (current.get(w.serviceId)?.weight ?? DEFAULT_SERVICE_WEIGHT),
    );
    const paired = changed.length > 1;
    if (changed.length > 0)
      await this.store.resources.transact(async (trx, at) => {
        await this.store.serviceWeights.setIn(
          trx,
          changed.map((w) => ({
            serviceId: w.serviceId,
            applicationId,
            weight: w.weight,
            previousWeight: current.get(w.serviceId)?.weight ?? DEFAULT_SERVICE_WEIGHT,
            paired,
          })),
          at,
        );
        await this.store.resources.applyIn(
          trx,
          {
            events: changed.map((w) => ({
              clusterId: application.spec.clusterId,
              resourceKind: 'service',
              resourceId: w.serviceId,
              applicationId,
              serviceId: w.serviceId,
              level: paired ? 'Warning' : 'Info',
              reason: 'ServiceWeightSet',
              message: `Set the weight of service ${application.metadata.name}_${services.get(w.serviceId)!.metadata.name} to ${w.weight}.`,
            })),
          },
          at,
        );
      });
    this.routes.invalidate(application.spec.clusterId);
    return { routes: await this.applicationRoutes(applicationId), warning: paired ? BOTH_WEIGHTS_WARNING : null };
  }
}

import { DEFAULT_SERVICE_WEIGHT, isProxied, isProxyService, releaseRoleOf, sessionStickyOf } from '@cs/domain';
import type { Application, Cluster, ReleaseRole, Service } from '@cs/domain';
import type { ProxyCandidateService, ProxyService } from '@cs/simulator';
import type { ServiceWeight } from '../store/service-weight-store.ts';
import type { RoutedServer } from './backend-sets.ts';
import { serviceEndpoints } from './service-endpoints.ts';

/**
 * After a step that moved two services' weights at once, routing reloads for this long (simulated
 * time): requests still routed by the old weights to a service whose weight fell are dropped, the
 * failure the guide warns of.
 */
export const PAIRED_CHANGE_WINDOW_MS = 30_000;

/** A service behind a route; its backend set (the containers) is read when a request needs it. */
export interface RoutedService {
  id: string;
  name: string;
  applicationId: string;
  applicationName: string;
  /** The weight set now. */
  weight: number;
  /** The weight before a step that moved it with another's, and until when routing reloads from it (epoch ms; 0: not reloading). */
  previousWeight: number;
  reloadingUntil: number;
  sessionSticky: boolean;
  releaseRole: ReleaseRole | null;
}

/** A domain (and context path) of simple routing, and the services answering it. */
export interface HttpRoute {
  key: string;
  host: string;
  contextPath: string | null;
  scheme: 'http' | 'https';
  containerPort: number;
  services: RoutedService[];
}

/** A service custom routing may balance to: what acs/proxy reads of it, but its containers. */
export interface ProxiedService {
  routed: RoutedService;
  candidate: Omit<ProxyCandidateService, 'containers'>;
}

/** A Server Load Balancer front port bound by `aliyun.lb.port_N`. */
export interface LbRoute {
  key: string;
  /** The instance's name or ID as the label writes it. */
  slb: string;
  scheme: 'tcp' | 'http' | 'https' | 'udp';
  frontPort: number;
  containerPort: number;
  hostPort: number | null;
  service: RoutedService;
  /** Set when the bound service is acs/proxy: requests are routed on by its virtual hosts. */
  proxy: ProxyService | null;
}

export interface RouteSnapshot {
  clusterId: string;
  http: HttpRoute[];
  lb: LbRoute[];
  proxied: ProxiedService[];
}

export interface SnapshotInput {
  cluster: Cluster;
  applications: ReadonlyMap<string, Application>;
  services: readonly Service[];
  weights: ReadonlyMap<string, ServiceWeight>;
}

function weighted(
  weight: ServiceWeight | undefined,
): Pick<RoutedService, 'weight' | 'previousWeight' | 'reloadingUntil'> {
  const current = weight?.weight ?? DEFAULT_SERVICE_WEIGHT;
  if (!weight?.paired || weight.previousWeight === null)
    return { weight: current, previousWeight: current, reloadingUntil: 0 };
  return {
    weight: current,
    previousWeight: weight.previousWeight,
    reloadingUntil: Date.parse(weight.changedAt) + PAIRED_CHANGE_WINDOW_MS,
  };
}

/**
 * How a service takes requests at `now`: by its weight, or, while routing reloads after a paired
 * step, by the weight it had, with the share of them that fail where the weight fell.
 */
export function routingWeightAt(service: RoutedService, now: number): { weight: number; dropShare: number } {
  if (now >= service.reloadingUntil) return { weight: service.weight, dropShare: 0 };
  const { previousWeight: previous, weight } = service;
  return { weight: previous, dropShare: previous > weight ? (previous - weight) / previous : 0 };
}

function routedService(service: Service, input: SnapshotInput): RoutedService {
  const application = input.applications.get(service.spec.applicationId);
  return {
    id: service.metadata.id,
    name: service.metadata.name,
    applicationId: service.spec.applicationId,
    applicationName: service.spec.applicationName,
    ...weighted(input.weights.get(service.metadata.id)),
    sessionSticky: sessionStickyOf(service.spec.definition.labels),
    releaseRole: releaseRoleOf(application?.spec.release, service.metadata.name),
  };
}

/** A service as acs/proxy discovers it: its labels and the ports it exposes. */
function candidateOf(service: Service): ProxiedService['candidate'] {
  const { definition } = service.spec;
  return {
    applicationName: service.spec.applicationName,
    serviceName: service.metadata.name,
    labels: definition.labels,
    containerPorts: [
      ...definition.ports.map((p) => ({ port: p.containerPort, protocol: p.protocol })),
      ...definition.expose.map((p) => ({ port: p.port, protocol: p.protocol })),
    ],
  };
}

/** The acs/proxy candidate with the containers of its backend set. */
export function withContainers(proxied: ProxiedService, servers: readonly RoutedServer[]): ProxyCandidateService {
  return {
    ...proxied.candidate,
    containers: servers.map((s) => ({ name: s.name, ip: s.address, running: true, healthy: true })),
  };
}

/** The cluster's routes from its routed services, as acsrouting and the SLBs see them (no containers: those are read per request). */
export function buildSnapshot(input: SnapshotInput): RouteSnapshot {
  const http = new Map<string, HttpRoute>();
  const lb: LbRoute[] = [];
  const proxied: ProxiedService[] = [];
  for (const service of input.services) {
    const routed = routedService(service, input);
    const { definition } = service.spec;
    if (isProxied(definition.labels)) proxied.push({ routed, candidate: candidateOf(service) });
    const proxy = isProxyService(definition.labels)
      ? { applicationName: service.spec.applicationName, environment: definition.environment, ports: definition.ports }
      : null;
    for (const endpoint of serviceEndpoints(service, input.cluster)) {
      if (endpoint.kind === 'lb') {
        const { kind: _kind, ...rest } = endpoint;
        lb.push({ key: `${endpoint.scheme}://${endpoint.slb}:${endpoint.frontPort}`, ...rest, service: routed, proxy });
        continue;
      }
      const { kind: _kind, ...rest } = endpoint;
      const key = `${endpoint.scheme}://${endpoint.host}${endpoint.contextPath ?? ''}`;
      const route = http.get(key) ?? { key, ...rest, services: [] };
      route.services.push(routed);
      http.set(key, route);
    }
  }
  // Equal VIRTUAL_HOST_WEIGHTs leave the order to discovery: make it the same on every rebuild.
  const name = (p: ProxiedService) => `${p.candidate.applicationName}_${p.candidate.serviceName}`;
  proxied.sort((a, b) => name(a).localeCompare(name(b)));
  return { clusterId: input.cluster.metadata.id, http: [...http.values()], lb, proxied };
}

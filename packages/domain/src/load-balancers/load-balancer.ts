import type { Resource, ResourceStatus } from '../resource.ts';
import type { NetworkType } from '../clusters.ts';

export const FRONTEND_PROTOCOLS = ['tcp', 'udp', 'http', 'https'] as const;
export type ListenerProtocol = (typeof FRONTEND_PROTOCOLS)[number];
export const SCHEDULERS = ['wrr', 'wlc'] as const;
/** Forwarding Rules: Weighted Round Robin or Weighted Least Connections. */
export type ListenerScheduler = (typeof SCHEDULERS)[number];
export const STATUS_CODES = ['http_2xx', 'http_3xx', 'http_4xx', 'http_5xx'] as const;
export type HealthCheckStatusCode = (typeof STATUS_CODES)[number];

/** The Health Check step of Add Listener. */
export interface HealthCheck {
  enabled: boolean;
  /** Blank: the internal IP of the backend server is used. */
  domain?: string;
  /** Blank: the backend server port is used. */
  port?: number;
  path?: string;
  timeoutSeconds: number;
  intervalSeconds: number;
  unhealthyThreshold: number;
  healthyThreshold: number;
  statusCodes: HealthCheckStatusCode[];
}

export interface Listener {
  frontendProtocol: ListenerProtocol;
  frontendPort: number;
  backendProtocol: ListenerProtocol;
  backendPort: number;
  /** Peak Bandwidth in Mbps; null is Unlimited. */
  bandwidth: number | null;
  scheduler: ListenerScheduler;
  /** The server certificate of an HTTPS listener. */
  certificateId: string | null;
  healthCheck: HealthCheck;
  status: 'running' | 'stopped';
}

/** Where an instance came from: made in this console, created with a cluster, or the demo account's own. */
export type LoadBalancerOrigin = 'console' | 'cluster' | 'account';

export interface LoadBalancerSpec {
  region: string;
  addressType: 'internet' | 'intranet';
  networkType: NetworkType;
  listeners: Listener[];
  origin: LoadBalancerOrigin;
  /** The cluster it was created with (origin `cluster`). */
  clusterId: string | null;
}

export interface LoadBalancerStatus extends ResourceStatus<'Running'> {
  /** The Service Address. */
  address: string;
}

/** A Server Load Balancer instance; its name is `metadata.name`. */
export type LoadBalancer = Resource<LoadBalancerSpec, LoadBalancerStatus>;

/** The Health Check step's defaults, as the guide gives them. */
export const DEFAULT_HEALTH_CHECK: HealthCheck = {
  enabled: true,
  timeoutSeconds: 5,
  intervalSeconds: 2,
  unhealthyThreshold: 3,
  healthyThreshold: 3,
  statusCodes: ['http_2xx'],
};

/** FNV-1a: a stable small hash, so an instance's address follows from its id alone. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The Service Address of an instance: 101.37.x.y on the Internet, 10.x.y.z on the intranet, derived from its id. */
export function loadBalancerAddress(id: string, addressType: LoadBalancerSpec['addressType']): string {
  const h = hash(id);
  const host = (h & 0xff) % 254 || 1;
  if (addressType === 'internet') return `101.37.${(h >>> 8) & 0xff}.${host}`;
  return `10.${(h >>> 16) & 0xff}.${(h >>> 8) & 0xff}.${host}`;
}

/** The name the guide shows for the instance created with a cluster. */
export const clusterLoadBalancerName = (clusterId: string) => `acs-slb-${clusterId}`;

/**
 * The listener every cluster's own instance has: HTTP 80 to 9080, where acsrouting listens on
 * every node ("Port 80 is exposed at the frontend, and Port 9080 is exposed on all machines").
 */
export const ROUTING_LISTENER: Listener = {
  frontendProtocol: 'http',
  frontendPort: 80,
  backendProtocol: 'http',
  backendPort: 9080,
  bandwidth: null,
  scheduler: 'wrr',
  certificateId: null,
  healthCheck: { ...DEFAULT_HEALTH_CHECK, path: '/haproxy-monitor' },
  status: 'running',
};

/** What the store needs to create an instance: id, name, scope (its region), spec and status. */
export interface LoadBalancerCreation {
  kind: 'load-balancer';
  id: string;
  name: string;
  scope: string;
  spec: LoadBalancerSpec;
  status: LoadBalancerStatus;
}

/** A new Running instance with its address. */
export function newLoadBalancer(id: string, name: string, spec: LoadBalancerSpec, at: string): LoadBalancerCreation {
  return {
    kind: 'load-balancer',
    id,
    name,
    scope: spec.region,
    spec,
    status: {
      phase: 'Running',
      phaseSince: at,
      observedGeneration: 1,
      conditions: [],
      address: loadBalancerAddress(id, spec.addressType),
    },
  };
}

/** The Pay-As-You-Go instance created with a cluster: public, on the cluster's network, HTTP 80 → 9080. */
export function clusterLoadBalancer(
  cluster: { id: string; region: string; networkType: NetworkType },
  slbId: string,
  at: string,
): LoadBalancerCreation {
  return newLoadBalancer(
    slbId,
    clusterLoadBalancerName(cluster.id),
    {
      region: cluster.region,
      addressType: 'internet',
      networkType: cluster.networkType,
      listeners: [ROUTING_LISTENER],
      origin: 'cluster',
      clusterId: cluster.id,
    },
    at,
  );
}

import { AcsRoutingTable, Pool, VirtualHostTable, httpAnswer, planProxyRouting } from '@cs/simulator';
import type { Balance, ProxyRoutingPlan, Stickiness } from '@cs/simulator';
import type { ClusterRoutes } from './cluster-routes.ts';
import type { RoutedServer } from './backend-sets.ts';
import { routingWeightAt, withContainers } from './route-snapshot.ts';
import type { HttpRoute, LbRoute, RouteSnapshot, RoutedService } from './route-snapshot.ts';
import type { SimulatedAnswer, SimulatedRequest } from './simulated-request.ts';
import { badGateway, customUnavailable, redirect, serviceUnavailable, unauthorized } from './unavailable.ts';

/** acsrouting's session cookie (the guide's restclient output shows `CONTAINERID=<container id>`). */
export const STICKY_COOKIE = 'CONTAINERID';
/** Pools kept for routes not asked for lately are dropped past this many. */
const MAX_POOLS = 10_000;

interface Balancing {
  balance: Balance;
  stickiness: Stickiness;
}

const ROUND_ROBIN: Balancing = { balance: 'roundrobin', stickiness: { kind: 'none' } };
const STICKY: Balancing = { balance: 'roundrobin', stickiness: { kind: 'insert', cookie: STICKY_COOKIE } };

/** A routed service with its backend set, as a request meets it. */
type Backed = RoutedService & { servers: RoutedServer[] };

/** What a pool's balancing depends on: its services' routing weights and backend sets. */
const signatureOf = (services: readonly Backed[], weights: readonly number[], how: Balancing) =>
  `${how.balance}:${JSON.stringify(how.stickiness)}|${services
    .map((s, i) => `${s.id}:${weights[i]}:${s.servers.map((c) => c.id).join(',')}`)
    .join('|')}`;

function basicAuthorized(plan: ProxyRoutingPlan, authorization: string | undefined): boolean {
  if (plan.basicAuth.length === 0) return true;
  const [scheme, encoded = ''] = (authorization ?? '').split(' ');
  if (scheme?.toLowerCase() !== 'basic') return false;
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  return plan.basicAuth.some((u) => `${u.user}:${u.password}` === decoded);
}

/**
 * Routes requests the way the guide draws the path: the cluster's Server Load Balancer hands them
 * to acsrouting, which picks the domain's route by Host header and path, then a container by the
 * services' weights and the session cookie; `aliyun.lb.port_N` front ports go to the service's
 * containers directly, or, when that service is acs/proxy, on by its virtual hosts (custom routing).
 * Balancing state (round-robin credit, sessions) lives across requests.
 */
export class RequestRouter {
  private readonly pools = new Map<string, { signature: string; pool: Pool }>();
  private readonly tables = new WeakMap<RouteSnapshot, AcsRoutingTable<HttpRoute>>();
  private readonly proxies = new WeakMap<
    RouteSnapshot,
    Map<string, { signature: string; plan: ProxyRoutingPlan; table: VirtualHostTable }>
  >();
  private requests = 0;

  constructor(
    private readonly routes: ClusterRoutes,
    private readonly now: () => number,
  ) {}

  /** A request that reached the cluster's own SLB (front port 80 or 443, acsrouting behind it). */
  async viaRouting(clusterId: string, request: SimulatedRequest): Promise<SimulatedAnswer> {
    const snapshot = await this.routes.get(clusterId);
    const route = snapshot && this.table(snapshot).lookup(request.host, request.path);
    if (!route) return serviceUnavailable();
    const sticky = route.services.some((s) => s.sessionSticky);
    const services = await this.backed(route.services);
    return this.balance(`${clusterId}|${route.key}`, services, sticky ? STICKY : ROUND_ROBIN, request);
  }

  /** A request to a front port of a Server Load Balancer that `aliyun.lb.port_N` labels bind (by name or ID). */
  async viaLoadBalancer(
    clusterId: string,
    slb: { id: string; name: string },
    frontPort: number,
    request: SimulatedRequest,
  ): Promise<SimulatedAnswer> {
    const snapshot = await this.routes.get(clusterId);
    const bound = snapshot?.lb.filter(
      (r: LbRoute) => r.frontPort === frontPort && (r.slb === slb.id || r.slb === slb.name),
    );
    if (!snapshot || !bound || bound.length === 0) return serviceUnavailable();
    const proxy = bound.find((r) => r.proxy);
    if (proxy) return this.viaProxy(snapshot, proxy, request);
    const services = await this.backed(bound.map((r) => r.service));
    return this.balance(`${clusterId}|lb|${slb.id}:${frontPort}`, services, ROUND_ROBIN, request);
  }

  private async backed(services: readonly RoutedService[]): Promise<Backed[]> {
    const sets = await this.routes.serversOf(services.map((s) => s.id));
    return services.map((s) => ({ ...s, servers: sets.get(s.id) ?? [] }));
  }

  /** Custom routing: acs/proxy's frontend on the container port the SLB forwards to. */
  private async viaProxy(snapshot: RouteSnapshot, route: LbRoute, request: SimulatedRequest): Promise<SimulatedAnswer> {
    const proxied = await this.backed(snapshot.proxied.map((p) => p.routed));
    const { plan, table } = this.proxyPlan(snapshot, route, proxied);
    if (!basicAuthorized(plan, request.authorization)) return unauthorized();
    let host = request.host;
    if (plan.hostFromQuery) {
      const query = request.path.includes('?') ? request.path.slice(request.path.indexOf('?') + 1) : '';
      const value = new URLSearchParams(query).get(plan.hostFromQuery.parameter);
      if (value) host = `${value}${plan.hostFromQuery.suffix}`;
    }
    const name =
      table.lookup({ scheme: request.scheme, host, port: route.containerPort, path: request.path }) ??
      plan.defaultBackend;
    const backend = name === undefined ? undefined : plan.backends.get(name);
    if (!backend) return plan.errorFile503 ? customUnavailable() : serviceUnavailable();
    if (backend.forceSsl && request.scheme === 'http') return redirect(`https://${host}${request.path}`);
    const byName = new Map(
      snapshot.proxied.map((p, i) => [`${p.candidate.applicationName}_${p.candidate.serviceName}`, proxied[i]!]),
    );
    const services = backend.groups.flatMap((group) => {
      const routed = byName.get(group.service);
      if (!routed) return [];
      const names = new Set(group.containers);
      return [{ ...routed, servers: routed.servers.filter((s) => names.has(s.name)) }];
    });
    const key = `${snapshot.clusterId}|proxy|${route.service.id}:${route.containerPort}|${backend.name}`;
    const answer = this.balance(key, services, backend, request);
    return answer.status === 503 && plan.errorFile503 ? customUnavailable() : answer;
  }

  /** The proxy's routing plan, made again when its backends' containers change. */
  private proxyPlan(
    snapshot: RouteSnapshot,
    route: LbRoute,
    proxied: readonly Backed[],
  ): { plan: ProxyRoutingPlan; table: VirtualHostTable } {
    let plans = this.proxies.get(snapshot);
    if (!plans) {
      plans = new Map();
      this.proxies.set(snapshot, plans);
    }
    const key = `${route.service.id}:${route.containerPort}`;
    const signature = proxied.map((p) => p.servers.map((s) => s.id).join(',')).join('|');
    let found = plans.get(key);
    if (found?.signature !== signature) {
      const candidates = snapshot.proxied.map((p, i) => withContainers(p, proxied[i]!.servers));
      const plan = planProxyRouting(route.proxy!, candidates, route.containerPort);
      found = { signature, plan, table: new VirtualHostTable(plan.rules) };
      plans.set(key, found);
    }
    return found;
  }

  private table(snapshot: RouteSnapshot): AcsRoutingTable<HttpRoute> {
    let table = this.tables.get(snapshot);
    if (!table) {
      table = new AcsRoutingTable(
        snapshot.http.map((route) => ({
          domain: route.host,
          ...(route.contextPath ? { contextPath: route.contextPath } : {}),
          target: route,
        })),
      );
      this.tables.set(snapshot, table);
    }
    return table;
  }

  private pool(key: string, services: readonly Backed[], weights: readonly number[], how: Balancing): Pool {
    const signature = signatureOf(services, weights, how);
    const kept = this.pools.get(key);
    if (kept?.signature === signature) return kept.pool;
    const pool = new Pool({
      groups: services.map((s, i) => ({
        id: s.id,
        weight: weights[i]!,
        servers: s.servers.map((c) => ({ id: c.id, name: c.name, address: c.address })),
      })),
      balance: how.balance,
      stickiness: how.stickiness,
    });
    if (this.pools.size >= MAX_POOLS) this.pools.clear();
    this.pools.set(key, { signature, pool });
    return pool;
  }

  private balance(
    key: string,
    services: readonly Backed[],
    how: Balancing,
    request: SimulatedRequest,
  ): SimulatedAnswer {
    const now = this.now();
    const routing = services.map((s) => routingWeightAt(s, now));
    const pool = this.pool(
      key,
      services,
      routing.map((r) => r.weight),
      how,
    );
    const picked = pool.pick({ clientIp: request.clientIp, cookies: request.cookies });
    if (!picked) return serviceUnavailable();
    const index = services.findIndex((s) => s.id === picked.group.id);
    const service = services[index];
    const server = service?.servers.find((c) => c.id === picked.server.id);
    if (!service || !server) return serviceUnavailable();
    // Spread the drops evenly over the requests rather than at random: a test of N requests sees N × share.
    const sequence = this.requests++;
    const { dropShare } = routing[index]!;
    if (dropShare > 0 && (sequence * 37) % 100 < dropShare * 100) return serviceUnavailable();
    const answer = httpAnswer(server.image, request.method, request.path, now, {
      name: server.name,
      hostname: server.hostname,
      image: server.image,
    });
    if (how.balance === 'leastconn') pool.release(server.id);
    if (!answer) return badGateway();
    const headers = [...answer.headers];
    if (picked.setCookie) headers.push(['Set-Cookie', picked.setCookie]);
    return {
      ...answer,
      headers,
      container: { id: server.id, name: server.name, serviceName: service.name },
    };
  }
}

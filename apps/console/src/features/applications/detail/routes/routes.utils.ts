import type { ApplicationRoutes, ServiceRoute } from '@cs/contracts';
import type { ReleaseRole } from '@cs/domain';

export const ROUTE_KIND_LABELS: Record<ServiceRoute['kind'], string> = {
  routing: 'Simple routing',
  lb: 'Server Load Balancer',
};

/** "2 healthy containers": the backend set of a route. */
export function backendsText(count: number): string {
  if (count === 0) return 'No healthy containers';
  return `${count} healthy container${count === 1 ? '' : 's'}`;
}

/** Whether a route's endpoint is a web address a browser can open. */
export const isWebRoute = (route: ServiceRoute) => route.scheme === 'http' || route.scheme === 'https';

/** The text as one POSIX shell word: single-quoted, a quote inside closed, escaped and reopened. */
export function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

/** The curl command that reaches a route's host through the listener on this machine. */
export function listenerCurlCommand(listener: NonNullable<ApplicationRoutes['listener']>, host: string): string {
  return `curl -H ${shellQuote(`Host: ${host}`)} http://${listener.host}:${listener.port}/`;
}

/** The domain of the first simple route: what the listener's Host header names; null when none. */
export function firstRoutingHost(routes: readonly ServiceRoute[]): string | null {
  return routes.find((r) => r.kind === 'routing' && r.host !== null)?.host ?? null;
}

/** A service behind one or more routes, with the weight Set Service Weight changes. */
export interface RoutedService {
  serviceId: string;
  serviceName: string;
  weight: number;
  releaseRole: ReleaseRole | null;
}

/** The routed services, each once (a service with several ports has several routes but one weight). */
export function routedServices(routes: readonly ServiceRoute[]): RoutedService[] {
  const byId = new Map<string, RoutedService>();
  for (const { serviceId, serviceName, weight, releaseRole } of routes) {
    if (!byId.has(serviceId)) byId.set(serviceId, { serviceId, serviceName, weight, releaseRole });
  }
  return [...byId.values()];
}

/** The weights an edit changes: only those, so a step that moves one version's weight says so. */
export function changedWeights(
  services: readonly RoutedService[],
  edited: Readonly<Record<string, number | null | undefined>>,
): { serviceId: string; weight: number }[] {
  return services.flatMap(({ serviceId, weight }) => {
    const next = edited[serviceId];
    return typeof next === 'number' && next !== weight ? [{ serviceId, weight: next }] : [];
  });
}

/**
 * The URL Test Access sends to for a route: a simple route's web address; for a Server Load
 * Balancer's TCP or HTTP(S) front port, HTTP to that port (UDP carries no HTTP).
 */
function testUrl(route: ServiceRoute): string | undefined {
  if (route.kind === 'routing') return isWebRoute(route) ? route.endpoint : undefined;
  if (route.scheme === 'udp') return undefined;
  return `${route.scheme === 'https' ? 'https' : 'http'}://${route.slb}:${route.frontPort}/`;
}

/** The URLs of the routes, each once, for Test Access to offer. */
export function webEndpoints(routes: readonly ServiceRoute[]): string[] {
  return [...new Set(routes.flatMap((r) => testUrl(r) ?? []))];
}

/** The Server Load Balancers the application's lb labels name, each once. */
export function routeLoadBalancers(routes: readonly ServiceRoute[]): string[] {
  return [...new Set(routes.flatMap((r) => (r.kind === 'lb' && r.slb ? [r.slb] : [])))];
}

/**
 * What Test Access sends: the URL, and the Server Load Balancer whose front port its port is: the
 * one chosen, else the one of the lb route the URL was offered for; none, the cluster's own.
 */
export function accessTarget(
  url: string,
  routes: readonly ServiceRoute[],
  chosen?: string,
): { url: string; slb?: string } {
  const trimmed = url.trim();
  const slb = chosen?.trim() || routes.find((r) => r.kind === 'lb' && testUrl(r) === trimmed)?.slb;
  return slb ? { url: trimmed, slb } : { url: trimmed };
}

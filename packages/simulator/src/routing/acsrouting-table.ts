import { pathOf, splitHost } from './request.ts';

/** One domain of `aliyun.routing.port_$container_port`, with its optional context path. */
export interface AcsRoutingEntry<T = string> {
  /** The full domain (a prefix already expanded to `<prefix>.<cluster_id>.<region_id>.alicontainer.com`). */
  domain: string;
  /** `/context`: only requests under it; absent, every path of the domain. */
  contextPath?: string;
  target: T;
}

interface Route<T> {
  /** Without trailing slashes; `''` for the whole domain. */
  contextPath: string;
  target: T;
}

function trimSlashes(path: string): string {
  let end = path.length;
  while (end > 0 && path[end - 1] === '/') end--;
  return path.slice(0, end);
}

/** `/context` covers `/context` and `/context/x`, not `/contextx`; `''` covers every path. */
const covers = (contextPath: string, path: string) =>
  contextPath === '' ||
  (path.startsWith(contextPath) && (path.length === contextPath.length || path[contextPath.length] === '/'));

/**
 * The simple routing service (acsrouting): the Host header, without its port and case-insensitively,
 * picks the domain's routes; the longest context path the request falls under wins. Context paths
 * are compared case-sensitively, as URL paths are; of two entries with the same domain and context
 * path, the first declared wins.
 */
export class AcsRoutingTable<T = string> {
  private readonly byDomain = new Map<string, Route<T>[]>();

  constructor(entries: readonly AcsRoutingEntry<T>[]) {
    for (const entry of entries) {
      const domain = entry.domain.toLowerCase();
      const routes = this.byDomain.get(domain) ?? [];
      routes.push({ contextPath: trimSlashes(entry.contextPath ?? ''), target: entry.target });
      this.byDomain.set(domain, routes);
    }
    // A stable sort: longest context path first, declaration order among equals.
    for (const routes of this.byDomain.values()) routes.sort((a, b) => b.contextPath.length - a.contextPath.length);
  }

  /** The target for a request with this Host header and request target, or undefined. */
  lookup(hostHeader: string, path: string): T | undefined {
    const routes = this.byDomain.get(splitHost(hostHeader).name);
    if (!routes) return undefined;
    const requestPath = pathOf(path);
    return routes.find((route) => covers(route.contextPath, requestPath))?.target;
  }
}

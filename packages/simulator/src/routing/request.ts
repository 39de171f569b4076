/** The schemes of acs/proxy's VIRTUAL_HOST; ws and wss are WebSocket upgrades of http and https. */
export type ProxyScheme = 'http' | 'https' | 'ws' | 'wss';

/** What the simulated proxy sees of one HTTP request. */
export interface ProxyRequest {
  scheme: ProxyScheme;
  /** The Host header as sent: `domain.com`, or `domain.com:90` when it carries the port. */
  host: string;
  /** The port the request arrived on; when absent, the Host header's port, else 80 or 443 by scheme. */
  port?: number;
  /** The request target: `/path`, possibly with `?query` (which never takes part in routing). */
  path: string;
}

/** Whether the scheme is carried over TLS (https, and wss, its WebSocket form). */
export const isSecure = (scheme: ProxyScheme): boolean => scheme === 'https' || scheme === 'wss';

/** The port a scheme implies when none is written: 443 for https and wss, else 80. */
export const defaultPort = (scheme: ProxyScheme): number => (isSecure(scheme) ? 443 : 80);

const DIGITS = /^\d{1,5}$/;

/**
 * Splits a Host header into its lowercased name and the port it carries, if any
 * (`WWW.Domain.com:90` → `www.domain.com`, 90; `[::1]:8080` → `[::1]`, 8080).
 */
export function splitHost(host: string): { name: string; port?: number } {
  const colon = host.lastIndexOf(':');
  const bracketed = host.startsWith('[');
  const portText = colon < 0 ? '' : host.slice(colon + 1);
  const hasPort = DIGITS.test(portText) && (bracketed ? host[colon - 1] === ']' : host.indexOf(':') === colon);
  if (!hasPort) return { name: host.toLowerCase() };
  return { name: host.slice(0, colon).toLowerCase(), port: Number(portText) };
}

/** The path of a request target without its `?query` (and `#fragment`); `/` when empty. */
export function pathOf(target: string): string {
  const cut = target.search(/[?#]/);
  const path = cut < 0 ? target : target.slice(0, cut);
  return path === '' ? '/' : path;
}

/** A request reduced to what routing compares, computed once per request, not once per rule. */
export interface RequestFacts {
  secure: boolean;
  websocket: boolean;
  /** The Host header's name, lowercased. */
  name: string;
  port: number;
  /** The port written in the Host header, if any. */
  hostPort?: number;
  /** The path without the query, lowercased (acs/proxy compares paths with `-i`). */
  path: string;
}

/** The facts routing compares for `request`. */
export function requestFacts(request: ProxyRequest): RequestFacts {
  const { name, port: hostPort } = splitHost(request.host);
  return {
    secure: isSecure(request.scheme),
    websocket: request.scheme === 'ws' || request.scheme === 'wss',
    name,
    port: request.port ?? hostPort ?? defaultPort(request.scheme),
    ...(hostPort === undefined ? {} : { hostPort }),
    path: pathOf(request.path).toLowerCase(),
  };
}

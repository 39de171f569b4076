import { globMatches } from './glob.ts';
import { isSecure } from './request.ts';
import type { ProxyRequest, ProxyScheme, RequestFacts } from './request.ts';
import { requestFacts } from './request.ts';

/**
 * One `[scheme://]domain[:port][/path]` of `aliyun.proxy.VIRTUAL_HOST`, `*` a wildcard in domain and
 * path. The same shape as `VirtualHost` of `@cs/compose`, which this package may not import.
 */
export interface VirtualHost {
  scheme: ProxyScheme;
  domain: string;
  port: number;
  path?: string;
}

/** A virtual host prepared for matching many requests: lowercased once, wildcards noted. */
export interface VirtualHostMatcher {
  readonly virtualHost: VirtualHost;
  readonly secure: boolean;
  /** The lowercased domain; compared whole unless `wildcardDomain`. */
  readonly domain: string;
  readonly wildcardDomain: boolean;
  matches(facts: RequestFacts): boolean;
}

/**
 * Prepares `virtualHost` the way acs/proxy turns it into HAProxy ACLs: one frontend per port (TLS
 * when the scheme is https or wss), the Host header compared case-insensitively with or without
 * `:port`, the path without its query compared case-insensitively, `*` matching any run of
 * characters. A ws/wss virtual host only takes WebSocket upgrades; an http/https one takes both.
 */
export function virtualHostMatcher(virtualHost: VirtualHost): VirtualHostMatcher {
  const secure = isSecure(virtualHost.scheme);
  const websocketOnly = virtualHost.scheme === 'ws' || virtualHost.scheme === 'wss';
  const domain = virtualHost.domain.toLowerCase();
  const wildcardDomain = domain.includes('*');
  const path = virtualHost.path?.toLowerCase();
  const { port } = virtualHost;
  return {
    virtualHost,
    secure,
    domain,
    wildcardDomain,
    matches(facts) {
      if (facts.secure !== secure || facts.port !== port) return false;
      if (facts.hostPort !== undefined && facts.hostPort !== port) return false;
      if (websocketOnly && !facts.websocket) return false;
      if (wildcardDomain ? !globMatches(domain, facts.name) : domain !== facts.name) return false;
      return path === undefined || globMatches(path, facts.path);
    },
  };
}

/** Whether `request` reaches the service that declared `virtualHost`. */
export function matchesVirtualHost(virtualHost: VirtualHost, request: ProxyRequest): boolean {
  return virtualHostMatcher(virtualHost).matches(requestFacts(request));
}

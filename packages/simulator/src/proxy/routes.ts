import { PROXY_LIMITS } from './limits.ts';
import type { ProxiedService } from './discovery.ts';
import { haproxyName, shown } from './text.ts';
import type { Warn } from './text.ts';

/** One container port a backend balances to. */
export interface Route {
  container: string;
  address: string;
  port: number;
}

const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
const IPV6 = /^[0-9A-Fa-f:]{2,39}$/;

export function isIpv4(text: string): boolean {
  return IPV4.test(text);
}

function address(ip: string): string | undefined {
  if (isIpv4(ip)) return ip;
  return IPV6.test(ip) && ip.includes(':') ? `[${ip}]` : undefined;
}

/** Counts `server` lines against the configuration's bound. */
export class ServerBudget {
  private left: number = PROXY_LIMITS.servers;
  private warned = false;
  constructor(private readonly warn: Warn) {}

  take(): boolean {
    if (this.left > 0) {
      this.left -= 1;
      return true;
    }
    if (!this.warned) this.warn(`More than ${PROXY_LIMITS.servers} backend routes; the rest are left out.`);
    this.warned = true;
    return false;
  }
}

/** The routes of a service: every running, healthy container on every TCP port it exposes, minus EXCLUDE_PORTS. */
export function serviceRoutes(service: ProxiedService, budget: ServerBudget, warn: Warn): Route[] {
  const ports = [
    ...new Set(
      service.candidate.containerPorts
        .filter((p) => p.protocol === 'tcp' && !service.settings.excludePorts.has(p.port))
        .map((p) => p.port),
    ),
  ];
  const routes: Route[] = [];
  for (const container of service.candidate.containers) {
    if (!container.running || !container.healthy) continue;
    const ip = address(container.ip);
    if (!ip) {
      warn(`Container ${shown(container.name)} of service ${service.alias} has no usable IP address; left out.`);
      continue;
    }
    for (const port of ports) if (budget.take()) routes.push({ container: container.name, address: ip, port });
  }
  return routes;
}

/** `server` lines, names unique within their section (a container serving two ports gets `<name>_<port>`). */
export function serverLines<R extends Route>(
  routes: readonly R[],
  settings: (route: R, name: string) => string[],
): string[] {
  const taken = new Set<string>();
  const lines: string[] = [];
  for (const route of routes) {
    let name = haproxyName(route.container);
    if (taken.has(name)) name = haproxyName(`${route.container}_${route.port}`);
    for (let n = 2; taken.has(name); n += 1) name = haproxyName(`${route.container}_${route.port}_${n}`);
    taken.add(name);
    lines.push(
      [`server ${name} ${route.address}:${route.port}`, ...settings(route, name)]
        .filter((part) => part !== '')
        .join(' '),
    );
  }
  return lines.sort();
}

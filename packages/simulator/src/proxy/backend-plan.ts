import type { ProxiedService } from './discovery.ts';
import { PROXY_LIMITS } from './limits.ts';
import type { Route } from './routes.ts';
import type { ServiceProxySettings } from './service-labels.ts';
import type { Warn } from './text.ts';
import type { VirtualHost } from './virtual-host.ts';

/** An HTTP backend: one VIRTUAL_HOST's services (`SERVICE_<alias>`), or the required ones (`default_service`). */
export interface HttpBackend {
  name: string;
  /** The settings it is written with: its first service's, each unset one taken from the next service setting it. */
  settings: ServiceProxySettings;
  services: ProxiedService[];
  routes: (Route & { service: ProxiedService })[];
  websocket: boolean;
}

export interface HttpPlan {
  backends: HttpBackend[];
  /** The virtual hosts, highest VIRTUAL_HOST_WEIGHT first (ties keep the services' order). */
  rules: { host: VirtualHost; backend: string }[];
  defaultBackend?: string;
}

export const DEFAULT_BACKEND = 'default_service';

function merged(services: readonly ProxiedService[]): ServiceProxySettings {
  const [first, ...rest] = services.map((s) => s.settings);
  const settings = { ...first } as Record<string, unknown>;
  for (const other of rest)
    for (const [key, value] of Object.entries(other)) {
      const current = settings[key];
      const unset = current === undefined || current === false || (Array.isArray(current) && current.length === 0);
      if (unset) settings[key] = value;
    }
  return settings as unknown as ServiceProxySettings;
}

function backend(name: string, services: ProxiedService[], routes: ReadonlyMap<ProxiedService, Route[]>): HttpBackend {
  return {
    name,
    settings: merged(services),
    services,
    routes: services.flatMap((service) => {
      const tcp = new Set(service.settings.tcpPorts.map((p) => p.port));
      return (routes.get(service) ?? []).filter((r) => !tcp.has(r.port)).map((route) => ({ ...route, service }));
    }),
    websocket: services.some((s) => s.settings.virtualHosts.some((h) => h.scheme.startsWith('ws'))),
  };
}

/**
 * Groups the services into HTTP backends as acs/proxy does: services with the same VIRTUAL_HOST are
 * merged into one; the others form `default_service`, which serves what no virtual host matches.
 */
export function planHttpBackends(
  services: readonly ProxiedService[],
  routes: ReadonlyMap<ProxiedService, Route[]>,
  warn: Warn,
): HttpPlan {
  const byVirtualHost = new Map<string, ProxiedService[]>();
  const required: ProxiedService[] = [];
  for (const service of services) {
    if (service.settings.virtualHosts.length === 0) {
      required.push(service);
      continue;
    }
    const group = byVirtualHost.get(service.settings.virtualHostText) ?? [];
    group.push(service);
    byVirtualHost.set(service.settings.virtualHostText, group);
  }
  const backends = [...byVirtualHost.values()].map((group) => backend(`SERVICE_${group[0]?.alias}`, group, routes));
  const weighted = backends.flatMap((b) =>
    (b.services[0]?.settings.virtualHosts ?? []).map((host) => ({ host, backend: b.name, weight: b.settings.weight })),
  );
  if (weighted.length > PROXY_LIMITS.virtualHosts)
    warn(`More than ${PROXY_LIMITS.virtualHosts} virtual hosts; those of the lowest weight are left out.`);
  const rules = weighted
    .sort((a, b) => b.weight - a.weight)
    .slice(0, PROXY_LIMITS.virtualHosts)
    .map(({ host, backend: name }) => ({ host, backend: name }));
  const httpPorts = required.some((s) => {
    const tcp = new Set(s.settings.tcpPorts.map((p) => p.port));
    return s.candidate.containerPorts.some(
      (p) => p.protocol === 'tcp' && !tcp.has(p.port) && !s.settings.excludePorts.has(p.port),
    );
  });
  if (!httpPorts) return { backends, rules };
  return {
    backends: [...backends, backend(DEFAULT_BACKEND, required, routes)],
    rules,
    defaultBackend: DEFAULT_BACKEND,
  };
}

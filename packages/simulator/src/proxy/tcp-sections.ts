import type { TlsSetup } from './certificates.ts';
import type { ProxiedService } from './discovery.ts';
import type { ProxyEnvironment } from './environment.ts';
import { PROXY_LIMITS } from './limits.ts';
import { rootedDirective } from './paths.ts';
import { routeSettings } from './route-settings.ts';
import { serverLines } from './routes.ts';
import type { Route } from './routes.ts';
import { bindLine } from './section.ts';
import type { Section } from './section.ts';
import type { Warn } from './text.ts';

/** The `listen port_<N>` sections of TCP_PORTS (mode tcp; `<N>/ssl` terminates SSL) and the ports they take. */
export function tcpSections(
  env: ProxyEnvironment,
  services: readonly ProxiedService[],
  routes: ReadonlyMap<ProxiedService, Route[]>,
  tls: TlsSetup,
  root: string | undefined,
  warn: Warn,
): { sections: Section[]; ports: Set<number> } {
  const byPort = new Map<number, { services: ProxiedService[]; ssl: boolean }>();
  for (const service of services)
    for (const { port, ssl } of service.settings.tcpPorts) {
      const entry = byPort.get(port) ?? { services: [], ssl: false };
      if (!entry.services.includes(service)) entry.services.push(service);
      entry.ssl ||= ssl;
      byPort.set(port, entry);
    }
  const ports = [...byPort.keys()].sort((a, b) => a - b);
  if (ports.length > PROXY_LIMITS.tcpPorts)
    warn(`More than ${PROXY_LIMITS.tcpPorts} TCP_PORTS; the rest are left out.`);
  const sections: Section[] = [];
  for (const port of ports.slice(0, PROXY_LIMITS.tcpPorts)) {
    const entry = byPort.get(port);
    if (!entry) continue;
    if (port === env.statsPort) {
      warn(`TCP_PORTS: port ${port} is the stats port (STATS_PORT); ignored.`);
      continue;
    }
    if (entry.ssl && !tls.bind)
      warn(`TCP_PORTS: ${port}/ssl needs an SSL certificate; port ${port} is balanced without SSL termination.`);
    const first = <T>(pick: (s: ProxiedService) => T | undefined) =>
      entry.services.map(pick).find((value) => value !== undefined);
    const balance = first((s) => s.settings.balance);
    const unique = (lists: string[][]) => [...new Set(lists.flat())];
    const portRoutes = entry.services.flatMap((service) =>
      (routes.get(service) ?? []).filter((route) => route.port === port).map((route) => ({ ...route, service })),
    );
    const servers = serverLines(portRoutes, (route) => [routeSettings(env, route.service)]);
    sections.push({
      header: `listen port_${port}`,
      lines: [
        bindLine(port, env.extraBindSettings, entry.ssl ? tls.bind : undefined),
        'mode tcp',
        ...(balance ? [`balance ${balance}`] : []),
        ...unique(entry.services.map((s) => s.settings.options)).map((option) => `option ${option}`),
        ...unique(entry.services.map((s) => s.settings.extraSettings)).map((setting) => rootedDirective(root, setting)),
        ...servers,
      ],
    });
  }
  return { sections, ports: new Set(sections.map((s) => Number(s.header.slice('listen port_'.length)))) };
}

import { planHttpBackends } from './backend-plan.ts';
import { backendSection } from './backend-sections.ts';
import { tlsSetup } from './certificates.ts';
import { discoverServices } from './discovery.ts';
import type { ProxiedService } from './discovery.ts';
import { readProxyEnvironment } from './environment.ts';
import { rooted } from './paths.ts';
import { frontendSections } from './frontend-sections.ts';
import { defaultsSection, globalSection, statsSection, userlistSection } from './global-sections.ts';
import { ServerBudget, serviceRoutes } from './routes.ts';
import type { Route } from './routes.ts';
import { renderSections } from './section.ts';
import type { Section } from './section.ts';
import type { ProxyCandidateService, ProxyConfigOptions, ProxyConfiguration, ProxyService } from './types.ts';
import { tcpSections } from './tcp-sections.ts';

const MAX_WARNINGS = 200;

function unpublished(proxy: ProxyService, sections: readonly Section[]): string[] {
  const published = new Set(proxy.ports.filter((p) => p.protocol === 'tcp').map((p) => p.containerPort));
  const listening = sections.flatMap((s) =>
    s.header.startsWith('frontend') || s.header.startsWith('listen port_')
      ? s.lines.flatMap((line) => /^bind :(\d+)/.exec(line)?.[1] ?? []).map(Number)
      : [],
  );
  return [...new Set(listening)]
    .filter((port) => !published.has(port))
    .map((port) => `HAProxy listens on port ${port}, which the proxy service does not publish (ports:).`);
}

/**
 * Builds the HAProxy configuration acs/proxy (FROM dockercloud/haproxy) would write for `proxy` and the
 * services of the cluster, with the certificate files it references and the settings it refused.
 */
export function generateProxyConfig(
  proxy: ProxyService,
  candidates: readonly ProxyCandidateService[],
  options: ProxyConfigOptions = {},
): ProxyConfiguration {
  const warnings: string[] = [];
  const warn = (message: string) => {
    if (warnings.length < MAX_WARNINGS) warnings.push(message);
  };
  const { root } = options;
  const env = readProxyEnvironment(proxy.environment, warn);
  const services = discoverServices(proxy.applicationName, candidates, env.additionalServices, warn);
  const budget = new ServerBudget(warn);
  const routes = new Map<ProxiedService, Route[]>(services.map((s) => [s, serviceRoutes(s, budget, warn)]));
  const tls = tlsSetup(env, services, root, warn);
  const tcp = tcpSections(env, services, routes, tls, root, warn);
  const plan = planHttpBackends(services, routes, warn);
  const frontends = frontendSections({ env, tls, root }, plan, tcp.ports, warn);
  const sections = [
    globalSection(env, root),
    defaultsSection(env, root),
    statsSection(env),
    ...userlistSection(env),
    ...tcp.sections,
    ...frontends,
    ...plan.backends.map((backend) => backendSection(backend, env, tls, root, warn)),
  ];
  if (proxy.ports.length > 0) unpublished(proxy, sections).forEach(warn);
  const files = tls.files.map((file) => ({ ...file, path: rooted(root, file.path) }));
  return { config: renderSections(sections), files, warnings };
}

import type { AdditionalServices } from './environment.ts';
import { PROXY_LIMITS } from './limits.ts';
import { PROXY_LABEL_PREFIX, readServiceProxySettings } from './service-labels.ts';
import type { ServiceProxySettings } from './service-labels.ts';
import { haproxyName } from './text.ts';
import type { Warn } from './text.ts';
import type { ProxyCandidateService } from './types.ts';

/** A service the proxy balances to, named as acs/proxy names it (`<project>_<service>`). */
export interface ProxiedService {
  alias: string;
  candidate: ProxyCandidateService;
  settings: ServiceProxySettings;
}

function inScope(candidate: ProxyCandidateService, application: string, scope: AdditionalServices): boolean {
  if (scope.kind === 'cluster' || candidate.applicationName === application) return true;
  return (
    scope.kind === 'listed' &&
    scope.services.some(
      (s) => s.applicationName === candidate.applicationName && s.serviceName === candidate.serviceName,
    )
  );
}

/**
 * The backend services: those in ADDITIONAL_SERVICES' range (the current application, the listed
 * `project:service`s too, or `*` the whole cluster) whose labels ask for it, by VIRTUAL_HOST or
 * `aliyun.proxy.required: "true"`.
 */
export function discoverServices(
  application: string,
  candidates: readonly ProxyCandidateService[],
  scope: AdditionalServices,
  warn: Warn,
): ProxiedService[] {
  const services: ProxiedService[] = [];
  const aliases = new Set<string>();
  for (const candidate of candidates) {
    if (!inScope(candidate, application, scope)) continue;
    if (!Object.keys(candidate.labels).some((key) => key.startsWith(PROXY_LABEL_PREFIX))) continue;
    const label = `${candidate.applicationName}_${candidate.serviceName}`;
    const settings = readServiceProxySettings(label, candidate.labels, warn);
    if (settings.virtualHosts.length === 0 && !settings.required) {
      warn(
        `Service ${label} has aliyun.proxy labels but neither aliyun.proxy.VIRTUAL_HOST nor aliyun.proxy.required: "true"; it is not proxied.`,
      );
      continue;
    }
    if (services.length === PROXY_LIMITS.services) {
      warn(`More than ${PROXY_LIMITS.services} services are proxied; the rest are left out.`);
      break;
    }
    let alias = haproxyName(label);
    for (let n = 2; aliases.has(alias); n += 1) alias = `${haproxyName(label)}_${n}`;
    aliases.add(alias);
    services.push({ alias, candidate, settings });
  }
  if (scope.kind === 'listed')
    for (const listed of scope.services)
      if (!candidates.some((c) => c.applicationName === listed.applicationName && c.serviceName === listed.serviceName))
        warn(
          `ADDITIONAL_SERVICES: cannot find the additional service ${listed.applicationName}:${listed.serviceName}.`,
        );
  return services;
}

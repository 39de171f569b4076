import type { Balance, Stickiness } from '../routing/balancer.ts';
import type { VirtualHostRule } from '../routing/virtual-host-table.ts';
import { planHttpBackends } from './backend-plan.ts';
import type { HttpBackend } from './backend-plan.ts';
import type { BasicAuthUser } from './basic-auth.ts';
import { discoverServices } from './discovery.ts';
import type { ProxiedService } from './discovery.ts';
import { readProxyEnvironment } from './environment.ts';
import { ServerBudget, serviceRoutes } from './routes.ts';
import type { Route } from './routes.ts';
import type { ProxyCandidateService, ProxyService } from './types.ts';

/** One HTTP backend as requests meet it: its services, each with the containers that take requests. */
export interface ProxyBackendPlan {
  name: string;
  balance: Balance;
  stickiness: Stickiness;
  /** FORCE_SSL: plain HTTP is redirected to HTTPS. */
  forceSsl: boolean;
  groups: { service: string; containers: string[] }[];
}

/** How the proxy routes HTTP requests arriving on one front port, from the same reading its configuration comes from. */
export interface ProxyRoutingPlan {
  rules: VirtualHostRule[];
  defaultBackend?: string;
  backends: Map<string, ProxyBackendPlan>;
  basicAuth: BasicAuthUser[];
  /** `http-request set-header HOST %[urlp(backend)].example.com`: the Host header taken from a URL parameter. */
  hostFromQuery?: { parameter: string; suffix: string };
  /** `errorfile 503 <path>`: the operator's own 503 page. */
  errorFile503?: string;
}

const SET_HOST = /^http-request\s+set-header\s+host\s+%\[urlp\(([A-Za-z0-9_.-]{1,64})\)\]([A-Za-z0-9.-]{0,253})$/i;
const ERRORFILE_503 = /^errorfile\s+503\s+(\S{1,1024})$/;

function stickinessOf(backend: HttpBackend): Stickiness {
  const { cookie, appSession } = backend.settings;
  if (appSession) return { kind: 'appsession', cookie: appSession.cookie };
  // COOKIE is "SRV insert indirect nocache": the first word names the cookie; without insert the server sets it.
  return cookie ? { kind: 'insert', cookie: cookie.split(/\s+/)[0]! } : { kind: 'none' };
}

function backendPlan(backend: HttpBackend, balance: string): ProxyBackendPlan {
  const containers = new Map<ProxiedService, Set<string>>();
  for (const route of backend.routes as (Route & { service: ProxiedService })[]) {
    const names = containers.get(route.service) ?? new Set<string>();
    names.add(route.container);
    containers.set(route.service, names);
  }
  return {
    name: backend.name,
    balance: (backend.settings.balance ?? balance) as Balance,
    stickiness: stickinessOf(backend),
    forceSsl: backend.settings.forceSsl,
    groups: backend.services.map((s) => ({
      service: `${s.candidate.applicationName}_${s.candidate.serviceName}`,
      containers: [...(containers.get(s) ?? [])],
    })),
  };
}

/**
 * The HTTP routing of acs/proxy for requests on `frontPort`: its virtual-host rules in ACL order,
 * the default backend (`aliyun.proxy.required`), and the frontend settings requests meet
 * (basic authentication, a Host taken from a URL parameter, the custom 503 page).
 */
export function planProxyRouting(
  proxy: ProxyService,
  candidates: readonly ProxyCandidateService[],
  frontPort: number,
): ProxyRoutingPlan {
  const warn = () => {};
  const env = readProxyEnvironment(proxy.environment, warn);
  const services = discoverServices(proxy.applicationName, candidates, env.additionalServices, warn);
  const budget = new ServerBudget(warn);
  const routes = new Map(services.map((s) => [s, serviceRoutes(s, budget, warn)]));
  const plan = planHttpBackends(services, routes, warn);
  const frontend = env.extraFrontendSettings.get(frontPort) ?? [];
  const setHost = frontend.map((line) => SET_HOST.exec(line.trim())).find((m) => m !== null);
  const errorFile = frontend.map((line) => ERRORFILE_503.exec(line.trim())).find((m) => m !== null);
  return {
    rules: plan.rules.map(({ host, backend }, index) => ({
      virtualHost: {
        scheme: host.scheme,
        domain: host.host,
        port: host.port,
        ...(host.path ? { path: host.path } : {}),
      },
      // planHttpBackends already put them in ACL order: keep it.
      weight: plan.rules.length - index,
      target: backend,
    })),
    ...(plan.defaultBackend ? { defaultBackend: plan.defaultBackend } : {}),
    backends: new Map(plan.backends.map((b) => [b.name, backendPlan(b, env.balance)])),
    basicAuth: env.basicAuth,
    ...(setHost ? { hostFromQuery: { parameter: setHost[1]!, suffix: setHost[2]! } } : {}),
    ...(errorFile ? { errorFile503: errorFile[1]! } : {}),
  };
}

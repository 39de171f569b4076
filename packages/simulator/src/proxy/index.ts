export { generateProxyConfig } from './generate.ts';
export type {
  ProxyBackendContainer,
  ProxyCandidateService,
  ProxyConfigOptions,
  ProxyConfiguration,
  ProxyFile,
  ProxyPublishedPort,
  ProxyService,
} from './types.ts';
export { planProxyRouting } from './routing-plan.ts';
export type { ProxyBackendPlan, ProxyRoutingPlan } from './routing-plan.ts';

import type { EventListQuery, ServiceListQuery } from '@cs/contracts';

/**
 * Query keys of services. Every key starts with `all()`, which the watch stream invalidates when a
 * service (or one of its containers) changes, so lists, details and event logs stay live.
 */
export const serviceKeys = {
  all: () => ['services'] as const,
  lists: () => ['services', 'list'] as const,
  list: (query: ServiceListQuery) => ['services', 'list', query] as const,
  detail: (id: string) => ['services', id] as const,
  events: (id: string, query: EventListQuery) => ['services', id, 'events', query] as const,
  proxyConfig: (id: string) => ['services', id, 'proxy-config'] as const,
  autoScaling: (id: string) => ['services', id, 'auto-scaling'] as const,
};

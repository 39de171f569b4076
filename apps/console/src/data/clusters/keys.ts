import type { ClusterListQuery, EventListQuery } from '@cs/contracts';

/**
 * Query keys of clusters. Every key starts with `all()`, which the watch stream invalidates when a
 * cluster (or one of its nodes) changes, so lists, details and event logs stay live.
 */
export const clusterKeys = {
  all: () => ['clusters'] as const,
  lists: () => ['clusters', 'list'] as const,
  list: (query: ClusterListQuery) => ['clusters', 'list', query] as const,
  detail: (id: string) => ['clusters', id] as const,
  events: (id: string, query: EventListQuery = {}) => ['clusters', id, 'events', query] as const,
};

import type { ApplicationListQuery, EventListQuery, PlacementPreviewRequest } from '@cs/contracts';

/**
 * Query keys of applications. Every key starts with `all()`, which the watch stream invalidates when
 * an application, one of its services or one of its containers changes, so lists, details, the
 * Services and Containers tabs, events and placement previews stay live.
 */
export const applicationKeys = {
  all: () => ['applications'] as const,
  lists: () => ['applications', 'list'] as const,
  list: (query: ApplicationListQuery) => ['applications', 'list', query] as const,
  previews: () => ['applications', 'preview'] as const,
  preview: (request: PlacementPreviewRequest) => ['applications', 'preview', request] as const,
  detail: (id: string) => ['applications', id] as const,
  versions: (id: string) => ['applications', id, 'versions'] as const,
  events: (id: string, query: EventListQuery) => ['applications', id, 'events', query] as const,
  services: (id: string) => ['applications', id, 'services'] as const,
  containers: (id: string, page: { page: number; pageSize: number }) =>
    ['applications', id, 'containers', page] as const,
};

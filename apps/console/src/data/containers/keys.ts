import type { ContainerListQuery } from '@cs/contracts';

/**
 * Query keys of containers. Every key starts with `all()`, which the watch stream invalidates when
 * a container changes; a container table keeps one query per page of 100 it shows.
 */
export const containerKeys = {
  all: () => ['containers'] as const,
  lists: () => ['containers', 'list'] as const,
  page: (query: ContainerListQuery) => ['containers', 'list', query] as const,
  detail: (id: string) => ['containers', 'detail', id] as const,
};

import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import type { UseQueryOptions } from '@tanstack/react-query';
import type { ContainerList, ContainerListQuery } from '@cs/contracts';
import { api } from '../api.ts';
import { containerKeys } from './keys.ts';

/** The most containers the API answers in one page, and the size of a container table's pages. */
export const CONTAINER_PAGE_SIZE = 100;

/** Which containers a table shows: those of a cluster, an application, a service or a node. */
export type ContainerFilter = Pick<
  ContainerListQuery,
  'clusterId' | 'applicationId' | 'serviceId' | 'nodeId' | 'status' | 'name'
>;

/** One page of containers, sorted by application, service and number (`name` is a prefix). */
export function getContainers(vars: ContainerListQuery, signal?: AbortSignal): Promise<ContainerList> {
  return api.listContainers(vars, signal);
}

export function containersQueryOptions(vars: ContainerListQuery) {
  return queryOptions({
    queryKey: containerKeys.page(vars),
    queryFn: ({ signal }) => getContainers(vars, signal),
  });
}

type ContainersQueryOptions = Omit<
  UseQueryOptions<ContainerList, Error, ContainerList, ReturnType<typeof containerKeys.page>>,
  'queryKey' | 'queryFn'
>;

export function useContainersQuery(vars: ContainerListQuery, options: ContainersQueryOptions = {}) {
  return useQuery({ ...containersQueryOptions(vars), ...options });
}

/**
 * The pages (1-based, of CONTAINER_PAGE_SIZE) a virtualised table has in view, one query each:
 * scrolling to the end of 100,000 containers fetches the last page only, not the 999 before it.
 * Pages scrolled past are dropped from the cache soon after, so a long scroll holds little.
 */
export function useContainerPagesQuery(filter: ContainerFilter, pages: readonly number[]) {
  return useQueries({
    queries: pages.map((page) => ({
      ...containersQueryOptions({ ...filter, page, pageSize: CONTAINER_PAGE_SIZE }),
      gcTime: 30_000,
    })),
  });
}

import { queryOptions, useQuery } from '@tanstack/react-query';
import type { UseQueryOptions } from '@tanstack/react-query';
import type { NodeList } from '@cs/contracts';
import { readAllPages } from '../all-pages.ts';
import { api } from '../api.ts';
import { nodeKeys } from './keys.ts';

/** All the nodes of one cluster, however many its quota lets it hold. */
export function getNodes(vars: { clusterId: string }, signal?: AbortSignal): Promise<NodeList> {
  return readAllPages((page) => api.listNodes(vars.clusterId, page, signal));
}

export function nodesQueryOptions({ clusterId }: { clusterId: string }) {
  return queryOptions({
    queryKey: nodeKeys.list(clusterId),
    queryFn: ({ signal }) => getNodes({ clusterId }, signal),
  });
}

type NodesQueryOptions = Omit<
  UseQueryOptions<NodeList, Error, NodeList, ReturnType<typeof nodeKeys.list>>,
  'queryKey' | 'queryFn'
>;

export function useNodesQuery(vars: { clusterId: string }, options: NodesQueryOptions = {}) {
  return useQuery({ ...nodesQueryOptions(vars), ...options });
}

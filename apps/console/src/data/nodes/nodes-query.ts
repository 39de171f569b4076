import { queryOptions, useQuery } from '@tanstack/react-query';
import type { UseQueryOptions } from '@tanstack/react-query';
import type { NodeList } from '@cs/contracts';
import { MAX_NODES_PER_CLUSTER } from '@cs/domain';
import { api } from '../api.ts';
import { nodeKeys } from './keys.ts';

/** The nodes of one cluster; a cluster has at most 20, so one page holds them all. */
export function getNodes(vars: { clusterId: string }, signal?: AbortSignal): Promise<NodeList> {
  return api.listNodes(vars.clusterId, { pageSize: MAX_NODES_PER_CLUSTER * 5 }, signal);
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

/**
 * Query keys of nodes. Every key starts with `all()`, which the watch stream invalidates when a
 * node or a container changes (a node's container count).
 */
export const nodeKeys = {
  all: () => ['nodes'] as const,
  lists: () => ['nodes', 'list'] as const,
  list: (clusterId: string) => ['nodes', 'list', clusterId] as const,
};

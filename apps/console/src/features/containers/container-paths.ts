/** The page of the containers on one node (the Node List's Number of Containers links to it). */
export function nodeContainersPath(clusterId: string, nodeId: string): string {
  return `/nodes/${encodeURIComponent(nodeId)}/containers?${new URLSearchParams({ clusterId }).toString()}`;
}

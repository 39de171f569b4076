/** The sections of a cluster's details page (Clusters > Manage), as its left navigation lists them. */
export const CLUSTER_SECTIONS = [
  'basic',
  'connection',
  'load-balancer',
  'user-tags',
  'node-scaling',
  'events',
] as const;
export type ClusterSection = (typeof CLUSTER_SECTIONS)[number];

export const CLUSTER_SECTION_LABELS: Record<ClusterSection, string> = {
  basic: 'Basic Information',
  connection: 'Connection Information',
  'load-balancer': 'Load Balancer Settings',
  'user-tags': 'User Tags',
  'node-scaling': 'Node Scaling',
  events: 'Events',
};

/** The section a `?tab=` value names; Basic Information when it names none. */
export function clusterSection(tab: string | null): ClusterSection {
  return (CLUSTER_SECTIONS as readonly string[]).includes(tab ?? '') ? (tab as ClusterSection) : 'basic';
}

/** A cluster's details page, at one of its sections. */
export function clusterDetailPath(id: string, section: ClusterSection = 'basic'): string {
  const base = `/clusters/${encodeURIComponent(id)}`;
  return section === 'basic' ? base : `${base}?tab=${section}`;
}

/** A cluster's log page (View Logs). */
export function clusterLogsPath(id: string): string {
  return `/clusters/${encodeURIComponent(id)}/logs`;
}

/** The Nodes page with the cluster selected. */
export function clusterNodesPath(id: string): string {
  return `/nodes?${new URLSearchParams({ clusterId: id }).toString()}`;
}

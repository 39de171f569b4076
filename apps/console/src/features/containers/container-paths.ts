/** The page of the containers on one node (the Node List's Number of Containers links to it). */
export function nodeContainersPath(clusterId: string, nodeId: string): string {
  return `/nodes/${encodeURIComponent(nodeId)}/containers?${new URLSearchParams({ clusterId }).toString()}`;
}

/** The tabs of a container's page, as the guide names them (Container:/name · Logs · Web Terminal · Monitor · Details). */
export const CONTAINER_TABS = ['logs', 'terminal', 'monitor', 'details'] as const;
export type ContainerTab = (typeof CONTAINER_TABS)[number];

export const CONTAINER_TAB_LABELS: Record<ContainerTab, string> = {
  logs: 'Logs',
  terminal: 'Web Terminal',
  monitor: 'Monitor',
  details: 'Details',
};

/** The tab a `?tab=` value names; Logs when it names none. */
export function containerTab(tab: string | null): ContainerTab {
  return (CONTAINER_TABS as readonly string[]).includes(tab ?? '') ? (tab as ContainerTab) : 'logs';
}

/** A container's page, at one of its tabs. */
export function containerDetailPath(id: string, tab: ContainerTab = 'logs'): string {
  const base = `/containers/${encodeURIComponent(id)}`;
  return tab === 'logs' ? base : `${base}?tab=${tab}`;
}

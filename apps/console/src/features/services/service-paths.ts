/** The tabs of a service's details page, as the guide names them. */
export const SERVICE_TABS = ['containers', 'logs', 'configurations', 'events', 'auto-scaling'] as const;
export type ServiceTab = (typeof SERVICE_TABS)[number];

export const SERVICE_TAB_LABELS: Record<ServiceTab, string> = {
  containers: 'Containers',
  logs: 'Logs',
  configurations: 'Configurations',
  events: 'Events',
  'auto-scaling': 'Auto Scaling',
};

/** The tab a `?tab=` value names; Containers when it names none. */
export function serviceTab(tab: string | null): ServiceTab {
  return (SERVICE_TABS as readonly string[]).includes(tab ?? '') ? (tab as ServiceTab) : 'containers';
}

/** A service's details page, at one of its tabs. */
export function serviceDetailPath(id: string, tab: ServiceTab = 'containers'): string {
  const base = `/services/${encodeURIComponent(id)}`;
  return tab === 'containers' ? base : `${base}?tab=${tab}`;
}

/** The Service List with a cluster selected. */
export function serviceListPath(clusterId: string): string {
  return `/services?${new URLSearchParams({ clusterId }).toString()}`;
}

/** One entry of the left navigation: a page, or a group of pages (a submenu). */
export interface NavEntry {
  /** The page's path, or the group's key. */
  key: string;
  label: string;
  children?: readonly NavEntry[];
}

/** The left navigation of the guide, in its order, then the simulation panel. */
export const NAV_ENTRIES: readonly NavEntry[] = [
  { key: '/', label: 'Overview' },
  { key: '/applications', label: 'Applications' },
  { key: '/services', label: 'Services' },
  { key: '/clusters', label: 'Clusters' },
  { key: '/nodes', label: 'Nodes' },
  { key: '/volumes', label: 'Data Volumes' },
  {
    key: 'images-and-templates',
    label: 'Images and Templates',
    children: [
      { key: '/images', label: 'Docker Images' },
      { key: '/templates', label: 'Orchestration Templates' },
    ],
  },
  { key: '/operation-logs', label: 'Operation Logs' },
  // The guide's Server Load Balancer console, where its procedures send the operator.
  {
    key: 'server-load-balancer',
    label: 'Server Load Balancer',
    children: [
      { key: '/load-balancers', label: 'Instances' },
      { key: '/load-balancers/certificates', label: 'Certificates' },
    ],
  },
  { key: '/getting-started', label: 'Getting Started' },
  // Not in the guide: the simulated cloud's fault injection (DESIGN.md), last so the guide's order stays.
  { key: '/simulation', label: 'Simulation' },
];

function isWithin(pathname: string, pagePath: string): boolean {
  if (pagePath === '/') return pathname === '/';
  return pathname === pagePath || pathname.startsWith(`${pagePath}/`);
}

/** The pages of the navigation, groups opened up. */
const pagesOf = (entries: readonly NavEntry[]): NavEntry[] =>
  entries.flatMap((entry) => (entry.children ? pagesOf(entry.children) : [entry]));

/**
 * The navigation entry a URL belongs to (a cluster's detail page belongs to Clusters), if any: the
 * most specific one, so Certificates under /load-balancers/ is not taken for Instances.
 */
export function selectedNavKey(pathname: string, entries: readonly NavEntry[] = NAV_ENTRIES): string | undefined {
  let best: string | undefined;
  for (const { key } of pagesOf(entries)) {
    if (isWithin(pathname, key) && key.length > (best?.length ?? -1)) best = key;
  }
  return best;
}

/** The groups to open so that the selected entry is visible. */
export function openNavKeys(pathname: string, entries: readonly NavEntry[] = NAV_ENTRIES): string[] {
  const selected = selectedNavKey(pathname, entries);
  return entries.filter((e) => e.children?.some((child) => child.key === selected)).map((e) => e.key);
}

/** The tabs of an application's details, as the guide lists them, plus its version history. */
export const APPLICATION_TABS = ['services', 'containers', 'routes', 'logs', 'events', 'versions'] as const;
export type ApplicationTab = (typeof APPLICATION_TABS)[number];

export const APPLICATION_TAB_LABELS: Record<ApplicationTab, string> = {
  services: 'Services',
  containers: 'Containers',
  routes: 'Routes',
  logs: 'Logs',
  events: 'Events',
  versions: 'Version History',
};

/** The tab a `?tab=` value names; Services when it names none. */
export function applicationTab(value: string | null): ApplicationTab {
  return (APPLICATION_TABS as readonly string[]).includes(value ?? '') ? (value as ApplicationTab) : 'services';
}

const withQuery = (path: string, params: Record<string, string | undefined>) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `${path}?${text}` : path;
};

/** The Application List, with a cluster selected. */
export const applicationListPath = (clusterId?: string) => withQuery('/applications', { clusterId });

/** An application's details, at one of its tabs. */
export const applicationDetailPath = (id: string, tab: ApplicationTab = 'services') =>
  withQuery(`/applications/${encodeURIComponent(id)}`, { tab: tab === 'services' ? undefined : tab });

/** Update: the application's configuration as a form, its template in the editor. */
export const applicationUpdatePath = (id: string) => `/applications/${encodeURIComponent(id)}/update`;

/** What Create Application starts from: an image and its version, or a template; in a cluster. */
export interface CreateApplicationPrefill {
  image?: string;
  version?: string;
  templateId?: string;
  clusterId?: string;
}

/** Create Application, prefilled: an image opens Create with Image, a template Create with Orchestration Template. */
export const applicationCreatePath = (prefill: CreateApplicationPrefill = {}) =>
  withQuery('/applications/create', {
    clusterId: prefill.clusterId,
    image: prefill.image,
    version: prefill.image ? prefill.version : undefined,
    templateId: prefill.templateId,
  });

/** The service page of the Services pages (another issue builds it). */
export const servicePath = (id: string) => `/services/${encodeURIComponent(id)}`;

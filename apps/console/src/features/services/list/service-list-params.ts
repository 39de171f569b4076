import type { ServiceListQuery } from '@cs/contracts';

/** The Service List's page sizes; 20 by default, as the API's. */
export const SERVICE_PAGE_SIZES = [10, 20, 50, 100] as const;
const DEFAULT_PAGE_SIZE = 20;

/** What the Service List shows, as its URL holds it. */
export interface ServiceListView {
  name: string;
  /** Hide System Services: checked unless the URL says `hideSystem=false`. */
  hideSystem: boolean;
  hideOffline: boolean;
  hideOnline: boolean;
  page: number;
  pageSize: number;
}

const positive = (text: string | null, fallback: number) => {
  const n = Number(text);
  return Number.isSafeInteger(n) && n >= 1 ? n : fallback;
};

/** The Service List's filters and page, read from the URL (unknown values fall back to the defaults). */
export function readServiceListView(params: URLSearchParams): ServiceListView {
  const size = positive(params.get('pageSize'), DEFAULT_PAGE_SIZE);
  return {
    name: params.get('name')?.trim() ?? '',
    hideSystem: params.get('hideSystem') !== 'false',
    hideOffline: params.get('hideOffline') === 'true',
    hideOnline: params.get('hideOnline') === 'true',
    page: positive(params.get('page'), 1),
    pageSize: (SERVICE_PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
  };
}

/**
 * The URL's parameters after a change of the view: defaults are left out, so a plain link stays
 * plain, and a change of filter goes back to the first page.
 */
export function writeServiceListView(params: URLSearchParams, change: Partial<ServiceListView>): URLSearchParams {
  const view = { ...readServiceListView(params), ...change };
  if (!('page' in change)) view.page = 1;
  const next = new URLSearchParams(params);
  const set = (key: string, value: string | undefined) =>
    value === undefined ? next.delete(key) : next.set(key, value);
  set('name', view.name || undefined);
  set('hideSystem', view.hideSystem ? undefined : 'false');
  set('hideOffline', view.hideOffline ? 'true' : undefined);
  set('hideOnline', view.hideOnline ? 'true' : undefined);
  set('page', view.page > 1 ? String(view.page) : undefined);
  set('pageSize', view.pageSize !== DEFAULT_PAGE_SIZE ? String(view.pageSize) : undefined);
  return next;
}

/** The API query for the view of a cluster's services. */
export function serviceListQuery(clusterId: string, view: ServiceListView): ServiceListQuery {
  return {
    clusterId,
    name: view.name || undefined,
    hideSystem: view.hideSystem,
    hideOffline: view.hideOffline,
    hideOnline: view.hideOnline,
    page: view.page,
    pageSize: view.pageSize,
  };
}

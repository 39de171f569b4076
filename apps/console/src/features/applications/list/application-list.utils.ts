/** The Application List's state, as the URL holds it. */
export interface ApplicationListParams {
  /** The selected cluster; the first cluster when the URL names none. */
  clusterId: string | undefined;
  name: string;
  page: number;
  pageSize: number;
  showSystem: boolean;
}

const PAGE_SIZES = [10, 20, 50, 100];

/** Reads the list's state from the URL (`?clusterId=&name=&page=&pageSize=&system=true`). */
export function listParams(search: URLSearchParams, firstClusterId: string | undefined): ApplicationListParams {
  const page = Number(search.get('page'));
  const pageSize = Number(search.get('pageSize'));
  return {
    clusterId: search.get('clusterId') || firstClusterId,
    name: search.get('name') ?? '',
    page: Number.isSafeInteger(page) && page > 1 ? page : 1,
    pageSize: PAGE_SIZES.includes(pageSize) ? pageSize : 20,
    showSystem: search.get('system') === 'true',
  };
}

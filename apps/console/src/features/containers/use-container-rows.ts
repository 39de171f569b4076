import type { ContainerDto } from '@cs/contracts';
import { CONTAINER_PAGE_SIZE, useContainerPagesQuery } from '../../data/containers/containers-query.ts';
import type { ContainerFilter } from '../../data/containers/containers-query.ts';
import { pagesOfRows } from './containers.utils.ts';

export interface ContainerRows {
  /** How many containers match in all, by the newest page answered; undefined before any answered. */
  total: number | undefined;
  /** The container at a row, or undefined while its page loads. */
  rowAt: (index: number) => ContainerDto | undefined;
  error: Error | null;
  retry: () => void;
}

/**
 * The containers of rows `first` to `last` (what a virtualised table has in view), fetched a page of
 * 100 at a time. Before anything is in view (the total is not known yet) the first page is fetched.
 */
export function useContainerRows(filter: ContainerFilter, first: number, last: number): ContainerRows {
  const inView = pagesOfRows(first, last, CONTAINER_PAGE_SIZE);
  const pages = inView.length > 0 ? inView : [1];
  const results = useContainerPagesQuery(filter, pages);

  // Containers come and go while the user scrolls: the newest answer's total counts.
  let total: number | undefined;
  let newest = -1;
  for (const r of results) {
    if (r.data && r.dataUpdatedAt > newest) {
      newest = r.dataUpdatedAt;
      total = r.data.total;
    }
  }
  const byPage = new Map(pages.map((page, i) => [page, results[i]?.data?.items]));
  const failed = results.find((r) => r.error);
  return {
    total,
    rowAt: (index) => byPage.get(Math.floor(index / CONTAINER_PAGE_SIZE) + 1)?.[index % CONTAINER_PAGE_SIZE],
    error: failed?.error ?? null,
    retry: () => void failed?.refetch(),
  };
}

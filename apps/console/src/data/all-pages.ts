import { MAX_PAGE_SIZE } from '@cs/contracts';

interface Page<T> {
  items: T[];
  total: number;
}

/**
 * Every item of a list, read in pages of the most the API allows: the first page says how many
 * there are, the rest are asked for at once. For lists the quotas let grow past one page.
 */
export async function readAllPages<T>(
  fetchPage: (query: { page: number; pageSize: number }) => Promise<Page<T>>,
): Promise<Page<T>> {
  const first = await fetchPage({ page: 1, pageSize: MAX_PAGE_SIZE });
  const pages = Math.ceil(first.total / MAX_PAGE_SIZE);
  const rest = await Promise.all(
    Array.from({ length: Math.max(0, pages - 1) }, (_, i) => fetchPage({ page: i + 2, pageSize: MAX_PAGE_SIZE })),
  );
  return { items: [first, ...rest].flatMap((page) => page.items), total: first.total };
}

import type { SelectQueryBuilder } from 'kysely';

/** One page of a list and how many rows match in all. */
export interface Page {
  page: number;
  pageSize: number;
}

/**
 * A page of `ordered` (the filtered query, sorted) and the count of `filtered`, read together.
 * The count runs on the unsorted query: ORDER BY in a count only costs.
 */
export async function pageAndCount<DB, TB extends keyof DB, Row>(
  filtered: SelectQueryBuilder<DB, TB, object>,
  ordered: SelectQueryBuilder<DB, TB, Row>,
  { page, pageSize }: Page,
): Promise<{ rows: Row[]; total: number }> {
  const [rows, count] = await Promise.all([
    ordered
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    // A generic builder cannot name the selection; the row is `{ n }` whatever DB and TB are.
    filtered.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow() as Promise<{
      n: number | string;
    }>,
  ]);
  return { rows, total: Number(count.n) };
}

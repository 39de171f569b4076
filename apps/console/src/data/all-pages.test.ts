import { describe, expect, it } from 'vitest';
import { readAllPages } from './all-pages.ts';

/** A server list of `total` numbers, answering pages as the API does. */
function list(total: number) {
  const asked: number[] = [];
  const all = Array.from({ length: total }, (_, i) => i);
  const fetchPage = async ({ page, pageSize }: { page: number; pageSize: number }) => {
    asked.push(page);
    return { items: all.slice((page - 1) * pageSize, page * pageSize), total };
  };
  return { all, asked, fetchPage };
}

describe('readAllPages', () => {
  it('reads a short list in one request', async () => {
    const { all, asked, fetchPage } = list(70);
    expect(await readAllPages(fetchPage)).toEqual({ items: all, total: 70 });
    expect(asked).toEqual([1]);
  });

  it('reads every page of a long list, in order', async () => {
    const { all, asked, fetchPage } = list(500);
    expect(await readAllPages(fetchPage)).toEqual({ items: all, total: 500 });
    expect(asked).toEqual([1, 2, 3, 4, 5]);
  });

  it('answers an empty list', async () => {
    expect(await readAllPages(list(0).fetchPage)).toEqual({ items: [], total: 0 });
  });
});

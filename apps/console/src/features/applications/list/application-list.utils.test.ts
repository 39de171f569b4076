import { describe, expect, it } from 'vitest';
import { listParams } from './application-list.utils.ts';

describe('listParams', () => {
  it('selects the first cluster and the first page by default', () => {
    expect(listParams(new URLSearchParams(''), 'c1')).toEqual({
      clusterId: 'c1',
      name: '',
      page: 1,
      pageSize: 20,
      showSystem: false,
    });
  });

  it('reads the cluster, search, page and the system switch from the URL', () => {
    const search = new URLSearchParams('clusterId=c2&name=web&page=3&pageSize=50&system=true');
    expect(listParams(search, 'c1')).toEqual({ clusterId: 'c2', name: 'web', page: 3, pageSize: 50, showSystem: true });
  });

  it('ignores pages and sizes it cannot show', () => {
    const search = new URLSearchParams('page=-2&pageSize=7');
    expect(listParams(search, undefined)).toMatchObject({ clusterId: undefined, page: 1, pageSize: 20 });
  });
});

import { describe, expect, it } from 'vitest';
import { readServiceListView, serviceListQuery, writeServiceListView } from './service-list-params.ts';

describe('readServiceListView', () => {
  it('hides system services and shows the first 20 by default, as the guide’s list opens', () => {
    expect(readServiceListView(new URLSearchParams())).toEqual({
      name: '',
      hideSystem: true,
      hideOffline: false,
      hideOnline: false,
      page: 1,
      pageSize: 20,
    });
  });

  it('reads the filters and the page, ignoring values it does not know', () => {
    const view = readServiceListView(
      new URLSearchParams('name=web&hideSystem=false&hideOffline=true&page=3&pageSize=50'),
    );
    expect(view).toMatchObject({ name: 'web', hideSystem: false, hideOffline: true, page: 3, pageSize: 50 });
    expect(readServiceListView(new URLSearchParams('page=-2&pageSize=7'))).toMatchObject({ page: 1, pageSize: 20 });
  });
});

describe('writeServiceListView', () => {
  it('writes only what differs from the defaults, keeping the cluster', () => {
    const next = writeServiceListView(new URLSearchParams('clusterId=c-1'), { hideSystem: false });
    expect(next.toString()).toBe('clusterId=c-1&hideSystem=false');
    expect(writeServiceListView(next, { hideSystem: true }).toString()).toBe('clusterId=c-1');
  });

  it('goes back to the first page when a filter changes, not when the page does', () => {
    const onPage3 = new URLSearchParams('clusterId=c-1&page=3');
    expect(writeServiceListView(onPage3, { name: 'db' }).toString()).toBe('clusterId=c-1&name=db');
    expect(writeServiceListView(onPage3, { page: 4 }).get('page')).toBe('4');
  });
});

describe('serviceListQuery', () => {
  it('asks the API for the view of the cluster', () => {
    const view = readServiceListView(new URLSearchParams('hideOnline=true'));
    expect(serviceListQuery('c-1', view)).toEqual({
      clusterId: 'c-1',
      name: undefined,
      hideSystem: true,
      hideOffline: false,
      hideOnline: true,
      page: 1,
      pageSize: 20,
    });
  });
});

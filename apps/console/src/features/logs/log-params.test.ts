import { describe, expect, it } from 'vitest';
import { readLogParams, writeLogParams } from './log-params.ts';

describe('log view parameters in the URL', () => {
  it('reads the controls, falling back to the defaults for values it cannot use', () => {
    expect(readLogParams(new URLSearchParams(''))).toEqual({
      query: { tail: 100 },
      search: '',
      only: false,
      follow: false,
    });
    const read = readLogParams(
      new URLSearchParams('tab=logs&tail=500&container=web_2&since=2017-04-01T08:29:20Z&search=GET&only=1&follow=1'),
    );
    expect(read).toEqual({
      query: { tail: 500, container: 'web_2', since: '2017-04-01T08:29:20.000Z', q: 'GET' },
      search: 'GET',
      only: true,
      follow: true,
    });
    expect(readLogParams(new URLSearchParams('tail=7&since=%00&only=1')).query).toEqual({ tail: 100 });
    expect(readLogParams(new URLSearchParams(`search=${'x'.repeat(300)}`)).search).toHaveLength(200);
  });

  it('writes changes and keeps the page’s own parameters', () => {
    const start = new URLSearchParams('tab=logs&tail=500');
    expect(writeLogParams(start, { container: 'web_1', follow: true }).toString()).toBe(
      'tab=logs&tail=500&container=web_1&follow=1',
    );
    expect(writeLogParams(start, { tail: 100, follow: false }).toString()).toBe('tab=logs');
    expect(writeLogParams(new URLSearchParams('search=a&only=1'), { search: '', only: false }).toString()).toBe('');
  });
});

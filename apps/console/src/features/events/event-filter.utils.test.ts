import { describe, expect, it } from 'vitest';
import { eventsPageOf, readEventFilter, withEventFilter, withEventsPage } from './event-filter.utils.ts';

describe('the filters of an Events view in the URL', () => {
  it('reads a level and a kind the view lists, nothing else', () => {
    const params = new URLSearchParams('level=Warning&eventKind=node');
    expect(readEventFilter(params, ['cluster', 'node'])).toEqual({ level: 'Warning', resourceKind: 'node' });
    expect(readEventFilter(params, ['service', 'container'])).toEqual({ level: 'Warning' });
    expect(readEventFilter(new URLSearchParams('level=Loud'), ['node'])).toEqual({});
  });

  it('changes one filter, keeps the rest of the URL and starts again at the first page', () => {
    const params = new URLSearchParams('tab=events&level=Info&eventsPage=3');
    expect(withEventFilter(params, { resourceKind: 'node' }, 'eventsPage').toString()).toBe(
      'tab=events&level=Info&eventKind=node',
    );
    expect(withEventFilter(params, { level: undefined }).toString()).toBe('tab=events&eventsPage=3');
  });

  it('keeps the page in the URL, the first one left out', () => {
    expect(eventsPageOf(new URLSearchParams('eventsPage=4'))).toBe(4);
    expect(eventsPageOf(new URLSearchParams('eventsPage=x'))).toBe(1);
    expect(withEventsPage(new URLSearchParams('tab=events&eventsPage=4'), 1).toString()).toBe('tab=events');
  });
});

import { describe, expect, it } from 'vitest';
import { routeTitle } from './route-title.utils.ts';

describe('routeTitle', () => {
  it('takes the deepest title', () => {
    expect(
      routeTitle([{ handle: { title: 'Console' } }, { handle: undefined }, { handle: { title: 'Clusters' } }]),
    ).toBe('Clusters');
  });

  it('is undefined without titles', () => {
    expect(routeTitle([{ handle: undefined }, { handle: { other: 1 } }])).toBeUndefined();
  });
});

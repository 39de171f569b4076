import { describe, expect, it } from 'vitest';
import { WATCH_KINDS, parseWatchEvent, queryKeysToInvalidate } from './live-updates.utils.ts';

describe('queryKeysToInvalidate', () => {
  it('invalidates clusters and the overview after a cluster change', () => {
    expect(queryKeysToInvalidate(['cluster'])).toEqual([['clusters'], ['overview']]);
  });

  it('invalidates the lists that show counts derived from a container', () => {
    expect(queryKeysToInvalidate(['container'])).toEqual([
      ['containers'],
      ['services'],
      ['applications'],
      ['nodes'],
      ['overview'],
    ]);
  });

  it('names each key once when several kinds changed', () => {
    const keys = queryKeysToInvalidate(['cluster', 'node', 'cluster']);
    expect(keys).toEqual([['clusters'], ['overview'], ['nodes']]);
  });

  it('keeps the Overview counts live for every kind it counts (templates are not)', () => {
    for (const kind of WATCH_KINDS.filter((k) => k !== 'template'))
      expect(queryKeysToInvalidate([kind])).toContainEqual(['overview']);
  });

  it('refreshes template lists and details after a template change', () => {
    expect(queryKeysToInvalidate(['template'])).toEqual([['templates']]);
  });

  it('invalidates nothing when nothing changed', () => {
    expect(queryKeysToInvalidate([])).toEqual([]);
  });
});

describe('parseWatchEvent', () => {
  it('reads a watch event', () => {
    const data = JSON.stringify({ type: 'MODIFIED', kind: 'cluster', id: 'c-1', resourceVersion: 7 });
    expect(parseWatchEvent(data)).toEqual({ type: 'MODIFIED', kind: 'cluster', id: 'c-1', resourceVersion: 7 });
  });

  it('ignores text that is not JSON or not a watch event', () => {
    expect(parseWatchEvent('not json')).toBeUndefined();
    expect(
      parseWatchEvent(JSON.stringify({ type: 'MODIFIED', kind: 'volume', id: 'v', resourceVersion: 1 })),
    ).toBeUndefined();
  });
});

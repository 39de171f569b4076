import { describe, expect, it } from 'vitest';
import type { EventDto } from '@cs/contracts';
import { mergeLogLines, parseLogEvent } from './cluster-log.utils.ts';

const event = (id: number, message = `line ${id}`): EventDto => ({
  id,
  clusterId: 'c1',
  resourceKind: 'cluster',
  resourceId: 'c1',
  level: 'Info',
  reason: 'Test',
  message,
  createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, id)).toISOString(),
});

describe('mergeLogLines', () => {
  it('puts the newest-first list in writing order', () => {
    expect(mergeLogLines([event(3), event(2), event(1)]).map((e) => e.id)).toEqual([1, 2, 3]);
  });

  it('keeps each entry once when the list and the stream overlap', () => {
    const merged = mergeLogLines([event(2), event(1)], [event(1), event(2), event(3)]);
    expect(merged.map((e) => e.id)).toEqual([1, 2, 3]);
  });

  it('has nothing to show before anything arrived', () => {
    expect(mergeLogLines([], [])).toEqual([]);
  });
});

describe('parseLogEvent', () => {
  it('reads an event of the stream', () => {
    expect(parseLogEvent(JSON.stringify(event(7)))).toEqual(event(7));
  });

  it('ignores what is not an event', () => {
    expect(parseLogEvent('not json')).toBeUndefined();
    expect(parseLogEvent(JSON.stringify({ id: 'x' }))).toBeUndefined();
  });
});

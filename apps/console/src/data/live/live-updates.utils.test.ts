import { describe, expect, it } from 'vitest';
import { WatchEventSchema } from '@cs/contracts';
import { WATCH_KINDS, parseWatchEvent, queryKeysToInvalidate } from './live-updates.utils.ts';

describe('WATCH_KINDS', () => {
  it('is every kind of the contract', () => {
    expect([...WATCH_KINDS].sort()).toEqual([...WatchEventSchema.shape.kind.options].sort());
  });
});

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
      ['volumes'],
    ]);
  });

  it('names each key once when several kinds changed', () => {
    const keys = queryKeysToInvalidate(['cluster', 'node', 'cluster']);
    expect(keys).toEqual([['clusters'], ['overview'], ['nodes']]);
  });

  it('keeps the Overview counts live for every kind it counts (templates, registry images, operation records, Server Load Balancers and certificates are not)', () => {
    const uncounted = [
      'template',
      'image',
      'operation',
      'load-balancer',
      'certificate',
      'volume',
      'oss-bucket',
      'trigger',
      'node-scaling-rule',
      'ram-service',
      'timing-task',
    ];
    for (const kind of WATCH_KINDS.filter((k) => !uncounted.includes(k)))
      expect(queryKeysToInvalidate([kind])).toContainEqual(['overview']);
  });

  it('refreshes template lists and details after a template change', () => {
    expect(queryKeysToInvalidate(['template'])).toEqual([['templates']]);
  });

  it('refreshes the Server Load Balancer console after an instance or certificate change', () => {
    expect(queryKeysToInvalidate(['load-balancer', 'certificate'])).toEqual([['load-balancers'], ['certificates']]);
  });

  it("refreshes an application's timing task (queue, last runs) after a timing task change", () => {
    expect(queryKeysToInvalidate(['timing-task'])).toEqual([['applications']]);
  });

  it("refreshes an application's trigger table after a trigger change", () => {
    expect(queryKeysToInvalidate(['trigger'])).toEqual([['triggers']]);
  });

  it("refreshes a cluster's Node Scaling after a node scaling rule or the RAM service changes", () => {
    expect(queryKeysToInvalidate(['node-scaling-rule', 'ram-service'])).toEqual([['clusters']]);
  });

  it('refreshes the Operation Logs after a record is written or finished', () => {
    expect(queryKeysToInvalidate(['operation'])).toEqual([['operation-logs']]);
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

  it('accepts and refuses what the contract schema does', () => {
    const event = { type: 'ADDED', kind: 'node', id: 'n-1', resourceVersion: 3 };
    const samples: unknown[] = [
      event,
      { ...event, extra: true },
      ...WatchEventSchema.shape.type.options.map((type) => ({ ...event, type })),
      ...WatchEventSchema.shape.kind.options.map((kind) => ({ ...event, kind })),
      { ...event, type: 'UPDATED' },
      { ...event, kind: 'toString' },
      { ...event, id: 7 },
      { ...event, resourceVersion: 1.5 },
      { ...event, resourceVersion: '3' },
      { ...event, resourceVersion: Number.MAX_SAFE_INTEGER + 1 },
      { type: 'ADDED', kind: 'node', id: 'n-1' },
      null,
      [],
      'ADDED',
    ];
    for (const sample of samples) {
      const expected = WatchEventSchema.safeParse(sample).success;
      expect(parseWatchEvent(JSON.stringify(sample)) !== undefined, JSON.stringify(sample)).toBe(expected);
    }
  });

  it('ignores text that is not JSON or not a watch event', () => {
    expect(parseWatchEvent('not json')).toBeUndefined();
    expect(
      parseWatchEvent(JSON.stringify({ type: 'MODIFIED', kind: 'spaceship', id: 'v', resourceVersion: 1 })),
    ).toBeUndefined();
  });
});

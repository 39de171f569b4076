import { describe, expect, it } from 'vitest';
import { FreshCache } from './fresh-cache.ts';

function setup(maxEntries = 10) {
  let now = 0;
  const loads: string[] = [];
  const cache = new FreshCache<string>({ freshMs: 1_000, maxEntries, now: () => now });
  const load = (key: string, found = true) =>
    cache.get(key, async () => {
      loads.push(key);
      return found ? `v-${key}` : undefined;
    });
  return { cache, loads, load, tick: (ms: number) => (now += ms) };
}

describe('FreshCache', () => {
  it('answers from one load until it is freshMs old, then loads again', async () => {
    const { load, loads, tick } = setup();
    expect(await load('a')).toBe('v-a');
    tick(999);
    expect(await load('a')).toBe('v-a');
    expect(loads).toEqual(['a']);
    tick(1);
    await load('a');
    expect(loads).toEqual(['a', 'a']);
  });

  it('shares one load among callers that ask at once', async () => {
    const { load, loads } = setup();
    expect(await Promise.all([load('a'), load('a'), load('a')])).toEqual(['v-a', 'v-a', 'v-a']);
    expect(loads).toEqual(['a']);
  });

  it('keeps no misses and no failures', async () => {
    const { cache, load, loads } = setup();
    expect(await load('gone', false)).toBeUndefined();
    await expect(cache.get('broken', () => Promise.reject(new Error('store down')))).rejects.toThrow('store down');
    expect(cache.size).toBe(0);
    await load('gone', false);
    expect(loads).toEqual(['gone', 'gone']);
  });

  it('forgets a deleted key at once, even while its load is in flight', async () => {
    const { cache, load, loads } = setup();
    await load('a');
    cache.delete('a');
    await load('a');
    let finish: (v: string) => void = () => {};
    const inFlight = cache.get('b', () => new Promise((resolve) => (finish = resolve)));
    cache.delete('b');
    finish('stale');
    expect(await inFlight).toBe('stale');
    await load('b');
    expect(loads).toEqual(['a', 'a', 'b']);
  });

  it('holds at most maxEntries, dropping the least recently loaded', async () => {
    const { cache, load, loads } = setup(2);
    await load('a');
    await load('b');
    await load('c');
    expect(cache.size).toBe(2);
    await load('b');
    await load('a');
    expect(loads).toEqual(['a', 'b', 'c', 'a']);
  });
});

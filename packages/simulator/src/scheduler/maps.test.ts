import { describe, expect, it } from 'vitest';
import { append, increment } from './maps.ts';

describe('maps', () => {
  it('increment counts up and down, and forgets a count that reaches zero', () => {
    const counts = new Map<string, number>();
    increment(counts, 'a');
    increment(counts, 'a', 2);
    increment(counts, 'b');
    increment(counts, 'b', -1);
    expect([...counts]).toEqual([['a', 3]]);
  });

  it('append starts a list and then extends it', () => {
    const lists = new Map<string, number[]>();
    append(lists, 'x', 1);
    append(lists, 'x', 2);
    expect(lists.get('x')).toEqual([1, 2]);
  });
});

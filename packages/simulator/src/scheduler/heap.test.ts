import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MinHeap } from './heap.ts';

describe('MinHeap', () => {
  it('pops in ascending order whether built in bulk or pushed one by one, with pushes between pops', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.array(fc.integer()), (initial, later) => {
        const heap = new MinHeap<number>((a, b) => a - b, initial);
        const out: number[] = [];
        later.forEach((n, i) => {
          heap.push(n);
          if (i % 2 === 0) out.push(heap.pop() ?? NaN);
        });
        while (heap.size > 0) out.push(heap.pop() ?? NaN);
        expect(out).toHaveLength(initial.length + later.length);
        expect([...out].sort((a, b) => a - b)).toEqual([...initial, ...later].sort((a, b) => a - b));
        const tail = out.slice(Math.ceil(later.length / 2));
        expect(tail).toEqual([...tail].sort((a, b) => a - b));
      }),
    );
  });

  it('peek shows the smallest without taking it; an empty heap gives undefined', () => {
    const heap = new MinHeap<number>((a, b) => a - b, [3, 1, 2]);
    expect(heap.peek()).toBe(1);
    expect(heap.size).toBe(3);
    expect([heap.pop(), heap.pop(), heap.pop(), heap.pop()]).toEqual([1, 2, 3, undefined]);
  });
});

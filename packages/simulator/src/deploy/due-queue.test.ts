import { describe, expect, it } from 'vitest';
import { DueQueue } from './due-queue.ts';

describe('DueQueue', () => {
  it('hands out due keys earliest first, up to a limit, and keeps the rest', () => {
    const queue = new DueQueue();
    queue.schedule('c', 30);
    queue.schedule('a', 10);
    queue.schedule('b', 20);
    queue.schedule('d', 40);
    expect(queue.takeDue(30, 2)).toEqual(['a', 'b']);
    expect(queue.peek()).toBe(30);
    expect(queue.takeDue(35, 10)).toEqual(['c']);
    expect(queue.size).toBe(1);
  });

  it('moves a key earlier but never later, and forgets cancelled keys', () => {
    const queue = new DueQueue();
    queue.schedule('a', 50);
    queue.schedule('a', 5);
    queue.schedule('a', 70);
    queue.schedule('b', 6);
    queue.cancel('b');
    expect(queue.takeDue(100, 10)).toEqual(['a']);
    expect(queue.peek()).toBeUndefined();
  });

  it('stays ordered over many random keys', () => {
    const queue = new DueQueue();
    const times = Array.from({ length: 2000 }, (_, i) => (i * 7919) % 1000);
    times.forEach((t, i) => queue.schedule(`k${i}`, t));
    const taken = queue.takeDue(1000, 5000).map((k) => times[Number(k.slice(1))]!);
    expect(taken).toHaveLength(2000);
    expect(taken).toEqual([...taken].sort((a, b) => a - b));
  });
});

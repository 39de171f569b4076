import { describe, expect, it } from 'vitest';
import { counted, formatBytes, listed } from './wording.ts';

describe('wording', () => {
  it.each([
    [[], ''],
    [['node1'], 'node1'],
    [['node1', 'node2', 'node3', 'node4', 'node5'], 'node1, node2, node3, node4, node5'],
    [['a', 'b', 'c', 'd', 'e', 'f', 'g'], 'a, b, c, d, e and 2 more'],
  ])('listed(%j) is "%s"', (names, expected) => {
    expect(listed(names)).toBe(expected);
  });

  it.each([
    [0, '0 B'],
    [500_000_000, '476.8 MiB'],
    [8 * 1024 ** 3, '8 GiB'],
    [-5, '0 B'],
  ])('formatBytes(%i) is "%s"', (bytes, expected) => {
    expect(formatBytes(bytes)).toBe(expected);
  });

  it('counted says one container, two containers', () => {
    expect([counted(1, 'container'), counted(2, 'container')]).toEqual(['1 container', '2 containers']);
  });
});

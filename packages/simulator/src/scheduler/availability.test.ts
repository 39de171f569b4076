import type { Availability } from '@cs/domain';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../random.ts';
import { placeContainers } from './place.ts';
import { makeContainer, makeNode, makeRequest, makeState } from './testing/cluster.ts';
import type { PlacedContainer, SchedulableNode } from './types.ts';
import { zonesToCover } from './zones.ts';

const B = 'cn-hangzhou-b';
const D = 'cn-hangzhou-d';
const E = 'cn-hangzhou-e';

/** Two nodes per zone, numbered in zone order: node1, node2 in the first zone, … */
function cluster(zones: readonly string[], placed: PlacedContainer[] = []) {
  const nodes: SchedulableNode[] = zones.flatMap((zone, z) => [
    makeNode(2 * z + 1, { zone }),
    makeNode(2 * z + 2, { zone }),
  ]);
  return makeState(nodes, placed);
}

function zonesOf(state: ReturnType<typeof cluster>, nodeIds: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const id of nodeIds) {
    const zone = state.load(id)?.node?.zone ?? '?';
    counts[zone] = (counts[zone] ?? 0) + 1;
  }
  return counts;
}

const az = (zones: number, hard = true): Availability => ({ zones, hard });

describe('availability:az==N (hard)', () => {
  it.each<[string, string[], number, Availability, Record<string, number>]>([
    ['the guide example: az==2, scale 8, two zones', [B, D], 8, az(2), { [B]: 4, [D]: 4 }],
    ['az==3 with three zones', [B, D, E], 3, az(3), { [B]: 1, [D]: 1, [E]: 1 }],
    ['az==2 with three zones spreads over all three (at least two)', [B, D, E], 6, az(2), { [B]: 2, [D]: 2, [E]: 2 }],
    ['fewer containers than zones: each in a different zone', [B, D, E], 2, az(3), { [B]: 1, [D]: 1 }],
  ])('%s', (_, zones, count, availability, expected) => {
    const state = cluster(zones);
    const result = placeContainers(state, makeRequest([], { count, availability }), seededRandom(1));
    if (!result.ok) throw new Error(result.message);
    const placed = zonesOf(state, result.nodeIds);
    expect(Object.keys(placed).length).toBe(Object.keys(expected).length);
    expect(Object.values(placed).sort()).toEqual(Object.values(expected).sort());
    expect(result.warnings).toEqual([]);
  });

  it('round-robins by the fewest containers of the service per zone: scaling out fills the emptier zone', () => {
    const existing = [
      makeContainer({ nodeId: 'n1' }),
      makeContainer({ nodeId: 'n2' }),
      makeContainer({ nodeId: 'n3' }),
    ];
    const state = cluster([B, D], existing);
    const result = placeContainers(state, makeRequest([], { count: 3, availability: az(2) }), seededRandom(1));
    expect(result.ok && zonesOf(state, result.nodeIds)).toEqual({ [D]: 2, [B]: 1 });
  });

  it('fails when the cluster has fewer zones, even for one container', () => {
    const result = placeContainers(cluster([B]), makeRequest([], { availability: az(2) }), seededRandom(1));
    expect(result).toEqual({
      ok: false,
      rule: 'availability:az==2',
      message: 'availability:az==2 needs 2 zones; cluster has 1: cn-hangzhou-b.',
    });
  });

  it('counts the zones the service already covers', () => {
    const state = cluster([B, D], [makeContainer({ nodeId: 'n3' })]);
    const request = makeRequest(['constraint:aliyun.node_index==(1 2)'], { count: 2, availability: az(2) });
    const result = placeContainers(state, request, seededRandom(1));
    expect(result.ok && zonesOf(state, result.nodeIds)).toEqual({ [B]: 2 });
  });
});

describe('availability:az==~N (soft)', () => {
  it('places in the zones there are and warns', () => {
    const state = cluster([B, D]);
    const result = placeContainers(state, makeRequest([], { count: 4, availability: az(3, false) }), seededRandom(1));
    expect(result).toMatchObject({
      ok: true,
      warnings: ['availability:az==~3 could not be met: the service covers 2 zones: cn-hangzhou-b, cn-hangzhou-d.'],
    });
    expect(result.ok && zonesOf(state, result.nodeIds)).toEqual({ [B]: 2, [D]: 2 });
  });

  it('places where there is room when a zone is full, and warns', () => {
    const full = [
      makeContainer({ nodeId: 'n3', service: 'db', cpuShares: 400 }),
      makeContainer({ nodeId: 'n4', service: 'db', cpuShares: 400 }),
    ];
    const state = cluster([B, D], full);
    const result = placeContainers(
      state,
      makeRequest([], { count: 2, cpuShares: 100, availability: az(2, false) }),
      seededRandom(1),
    );
    expect(result.ok && zonesOf(state, result.nodeIds)).toEqual({ [B]: 2 });
    expect(result.ok && result.warnings).toEqual([
      'availability:az==~2 could not be met: the service covers 1 zone: cn-hangzhou-b.',
    ]);
  });
});

describe('the wizard: Across Multiple Zones', () => {
  it('Ensure (az==2) fails in a one-zone cluster; Try best (az==~2) creates the containers', () => {
    const state = cluster([B]);
    expect(placeContainers(state, makeRequest([], { count: 2, availability: az(2) }), seededRandom(1)).ok).toBe(false);
    expect(placeContainers(state, makeRequest([], { count: 2, availability: az(2, false) }), seededRandom(1)).ok).toBe(
      true,
    );
  });

  it('not set: zones are ignored and containers go by load', () => {
    const busy = [makeContainer({ nodeId: 'n3', service: 'db' }), makeContainer({ nodeId: 'n4', service: 'db' })];
    const state = cluster([B, D], busy);
    const plain = placeContainers(state, makeRequest([], { count: 2 }), seededRandom(1));
    expect(plain.ok && zonesOf(state, plain.nodeIds)).toEqual({ [B]: 2 });
    const spread = placeContainers(state, makeRequest([], { count: 2, availability: az(2) }), seededRandom(1));
    expect(spread.ok && zonesOf(state, spread.nodeIds)).toEqual({ [B]: 1, [D]: 1 });
  });
});

describe('zonesToCover', () => {
  it.each([
    [3, 8, 3],
    [3, 2, 2],
    [2, 0, 0],
  ])('az==%i with %i containers covers %i zones', (zones, containers, expected) => {
    expect(zonesToCover(az(zones), containers)).toBe(expected);
  });
});

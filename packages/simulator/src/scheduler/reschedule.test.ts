import { describe, expect, it } from 'vitest';
import { seededRandom } from '../random.ts';
import { isHighLoad, planReschedule } from './reschedule.ts';
import type { NodeUsage, RescheduleOptions } from './reschedule.ts';
import { makeContainer, makeNodes, makeRequest, makeState } from './testing/cluster.ts';
import type { PlacedContainer } from './types.ts';

const hot: NodeUsage = { cpu: 0.5, memory: 0.7 };
const cool: NodeUsage = { cpu: 0.1, memory: 0.2 };
const plain: RescheduleOptions = { force: false, ignoreLocalVolumes: false };

function webOn(...nodeIds: string[]): PlacedContainer[] {
  return nodeIds.map((nodeId, i) => makeContainer({ id: `w${i + 1}`, nodeId }));
}

function plan(
  placed: PlacedContainer[],
  usage: Record<string, NodeUsage>,
  options = plain,
  expressions: string[] = [],
  local: string[] = [],
) {
  const state = makeState(
    makeNodes(3, (i) => (i < 3 ? { tags: { group: '1' } } : {})),
    placed,
  );
  const { count: _c, global: _g, ...rules } = makeRequest(expressions);
  const containers = placed.map((c) => ({ id: c.id, hasLocalVolumes: local.includes(c.id) }));
  const result = planReschedule(state, { rules, containers }, new Map(Object.entries(usage)), options, seededRandom(1));
  return { state, ...result };
}

function counts(placed: PlacedContainer[], moves: { containerId: string; toNodeId: string }[]): Record<string, number> {
  const at = new Map(placed.map((c) => [c.id, c.nodeId]));
  for (const m of moves) at.set(m.containerId, m.toNodeId);
  const result: Record<string, number> = {};
  for (const nodeId of at.values()) result[nodeId] = (result[nodeId] ?? 0) + 1;
  return result;
}

describe('isHighLoad: memory over 60 % and CPU over 40 %', () => {
  it.each([
    [{ cpu: 0.41, memory: 0.61 }, true],
    [{ cpu: 0.4, memory: 0.9 }, false],
    [{ cpu: 0.9, memory: 0.6 }, false],
    [{ cpu: 0.3, memory: 0.7 }, false],
    [undefined, false],
  ])('%j → %s', (usage, expected) => {
    expect(isHighLoad(usage)).toBe(expected);
  });
});

describe('planReschedule (Reschedule a service)', () => {
  it('moves containers from a high-load node to new or low-load nodes until they even out', () => {
    const placed = webOn('n1', 'n1', 'n1', 'n1');
    const { moves } = plan(placed, { n1: hot, n2: cool, n3: cool });
    expect(moves).toHaveLength(2);
    expect(moves.every((m) => m.fromNodeId === 'n1')).toBe(true);
    expect(counts(placed, moves)).toEqual({ n1: 2, n2: 1, n3: 1 });
  });

  it('without Force Reschedule, leaves nodes that are not over both thresholds', () => {
    const placed = webOn('n1', 'n1', 'n1', 'n1');
    expect(plan(placed, { n1: { cpu: 0.3, memory: 0.9 }, n2: cool, n3: cool }).moves).toEqual([]);
  });

  it('with Force Reschedule, evens out whatever the usage', () => {
    const placed = webOn('n1', 'n1', 'n1', 'n1', 'n1', 'n2', 'n2', 'n2');
    const { moves } = plan(placed, {}, { force: true, ignoreLocalVolumes: false });
    expect(Object.values(counts(placed, moves)).sort()).toEqual([2, 3, 3]);
  });

  it('without force, high-load nodes receive nothing', () => {
    const placed = webOn('n1', 'n1', 'n1', 'n1');
    const { moves } = plan(placed, { n1: hot, n2: hot, n3: cool });
    expect(moves.map((m) => m.toNodeId)).toEqual(['n3', 'n3']);
  });

  it('keeps containers with local volumes unless Ignore Local Volumes is selected', () => {
    const placed = webOn('n1', 'n1', 'n1');
    const kept = plan(placed, { n1: hot }, plain, [], ['w1', 'w2', 'w3']);
    expect(kept.moves).toEqual([]);
    expect(kept.kept.map((k) => k.containerId)).toEqual(['w1', 'w2', 'w3']);
    expect(kept.kept[0]?.reason).toBe(
      'It has local volumes; select Ignore Local Volumes to move it (its local data is lost).',
    );
    const moved = plan(placed, { n1: hot }, { force: false, ignoreLocalVolumes: true }, [], ['w1', 'w2', 'w3']);
    expect(moved.moves).toHaveLength(2);
    expect(moved.kept).toEqual([]);
  });

  it('moves respect every placement rule: constraint:group==1 keeps them off node3', () => {
    const placed = webOn('n1', 'n1', 'n1', 'n1');
    const { moves } = plan(placed, {}, { force: true, ignoreLocalVolumes: false }, ['constraint:group==1']);
    expect(counts(placed, moves)).toEqual({ n1: 2, n2: 2 });
  });

  it('leaves the state as it was', () => {
    const placed = webOn('n1', 'n1', 'n1', 'n1');
    const { state, moves } = plan(placed, {}, { force: true, ignoreLocalVolumes: false });
    expect(moves.length).toBeGreaterThan(0);
    expect(state.load('n1')?.containers).toBe(4);
    expect(state.load('n2')?.containers).toBe(0);
  });

  it('an even service has nothing to move', () => {
    expect(plan(webOn('n1', 'n2', 'n3'), {}, { force: true, ignoreLocalVolumes: false }).moves).toEqual([]);
  });
});

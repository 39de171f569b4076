import { describe, expect, it } from 'vitest';
import { seededRandom } from '../random.ts';
import { placeContainers } from './place.ts';
import { makeContainer, makeNode, makeNodes, makeRequest, makeState } from './testing/cluster.ts';
import type { PlacementRequest, PlacementResult } from './types.ts';

function nodeIdsOf(result: PlacementResult): string[] {
  if (!result.ok) throw new Error(result.message);
  return result.nodeIds;
}

function perNode(nodeIds: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const id of nodeIds) counts[id] = (counts[id] ?? 0) + 1;
  return counts;
}

/** Five nodes: node1 and node2 tagged group:1; master runs on node3; a redis image on node4. */
function guideCluster() {
  return makeState(
    makeNodes(5, (i) => (i <= 2 ? { tags: { group: '1' } } : {})),
    [
      makeContainer({ nodeId: 'n3', service: 'master', image: 'mysql:5.6' }),
      makeContainer({ nodeId: 'n4', service: 'cache', image: 'registry.aliyuncs.com/acs-sample/redis:3.0' }),
      makeContainer({ nodeId: 'n5', service: 'redis', image: 'memcached' }),
    ],
  );
}

describe('placeContainers: the expressions of the guide', () => {
  it.each<[string, string[]]>([
    ['constraint:aliyun.node_index==1', ['n1']],
    ['constraint:aliyun.node_index!=1', ['n2', 'n3', 'n4', 'n5']],
    ['constraint:aliyun.node_index==(1 2 3)', ['n1', 'n2', 'n3']],
    ['constraint:aliyun.node_index!=(1 2 3)', ['n4', 'n5']],
    ['constraint:group==1', ['n1', 'n2']],
    ['constraint:group!=1', ['n3', 'n4', 'n5']],
    ['constraint:group==~1', ['n1', 'n2']],
    ['constraint:group!=~1', ['n3', 'n4', 'n5']],
    ['affinity:service==master', ['n3']],
    ['affinity:service!=master', ['n1', 'n2', 'n4', 'n5']],
    ['affinity:service==~master', ['n3']],
    ['affinity:service!=~master', ['n1', 'n2', 'n4', 'n5']],
    ['affinity:image==redis', ['n4']],
    ['affinity:image!=redis', ['n1', 'n2', 'n3', 'n5']],
    ['affinity:image==~redis', ['n4']],
    ['affinity:image!=~redis', ['n1', 'n2', 'n3', 'n5']],
    // The guide's table words this "try not to deploy on a machine with a Redis image"; it names a service.
    ['affinity:service!=~redis', ['n1', 'n2', 'n3', 'n4']],
  ])('%s places six containers on %j, without warnings', (expression, expected) => {
    const result = placeContainers(guideCluster(), makeRequest([expression], { count: 6 }), seededRandom(1));
    const ids = nodeIdsOf(result);
    expect(ids).toHaveLength(6);
    expect([...new Set(ids)].sort()).toEqual(expected);
    expect(result.ok && result.warnings).toEqual([]);
  });

  it('affinity:service refers to a service of the same application only', () => {
    const state = makeState(makeNodes(2), [makeContainer({ nodeId: 'n1', application: 'other', service: 'master' })]);
    const result = placeContainers(state, makeRequest(['affinity:service!=master'], { count: 2 }), seededRandom(1));
    expect(perNode(nodeIdsOf(result))).toEqual({ n1: 1, n2: 1 });
  });

  it('soft rules that cannot be honoured place anyway and say so', () => {
    const state = makeState(makeNodes(2));
    const request = makeRequest(['constraint:group==~1', 'affinity:image==~redis'], { count: 2 });
    expect(placeContainers(state, request, seededRandom(1))).toEqual({
      ok: true,
      nodeIds: expect.any(Array) as string[],
      warnings: [
        'constraint:group==~1 could not be honoured for 2 of 2 containers.',
        'affinity:image==~redis could not be honoured for 2 of 2 containers.',
      ],
    });
  });

  it('a soft preference fills the preferred nodes, then overflows with a warning', () => {
    const state = makeState(makeNodes(3, (i) => (i === 1 ? { tags: { group: '1' } } : {})));
    const request = makeRequest(['constraint:group==~1'], { count: 10, cpuShares: 50 });
    const result = placeContainers(state, request, seededRandom(1));
    expect(perNode(nodeIdsOf(result))).toEqual({ n1: 8, n2: 1, n3: 1 });
    expect(result.ok && result.warnings).toEqual([
      'constraint:group==~1 could not be honoured for 2 of 10 containers.',
    ]);
  });

  it('a soft anti-affinity with itself spreads one per node first (affinity:service!=~web)', () => {
    const result = placeContainers(
      makeState(makeNodes(3)),
      makeRequest(['affinity:service!=~web'], { count: 4 }),
      seededRandom(1),
    );
    const ids = nodeIdsOf(result);
    expect(new Set(ids.slice(0, 3)).size).toBe(3);
    expect(result.ok && result.warnings).toEqual([
      'affinity:service!=~web could not be honoured for 1 of 4 containers.',
    ]);
  });

  it('a hard anti-affinity with itself puts one container per node (affinity:service!=web)', () => {
    const state = makeState(makeNodes(4), [makeContainer({ nodeId: 'n2' })]);
    const result = placeContainers(state, makeRequest(['affinity:service!=web'], { count: 3 }), seededRandom(1));
    expect(nodeIdsOf(result).sort()).toEqual(['n1', 'n3', 'n4']);
  });
});

describe('placeContainers: spreading', () => {
  it('fills the node with the fewest containers of the service first', () => {
    const state = makeState(makeNodes(2), [makeContainer({ nodeId: 'n1' }), makeContainer({ nodeId: 'n1' })]);
    expect(nodeIdsOf(placeContainers(state, makeRequest([], { count: 2 }), seededRandom(1)))).toEqual(['n2', 'n2']);
  });

  it('then the node with the fewest containers overall', () => {
    const db = (nodeId: string) => makeContainer({ nodeId, service: 'db' });
    const state = makeState(makeNodes(2), [db('n1'), db('n1'), db('n2')]);
    expect(nodeIdsOf(placeContainers(state, makeRequest([], { count: 2 }), seededRandom(1)))).toEqual(['n2', 'n1']);
  });

  it('then the lowest reservation ratio (the larger of CPU and memory)', () => {
    const state = makeState(makeNodes(2), [
      makeContainer({ nodeId: 'n1', service: 'db', cpuShares: 200 }),
      makeContainer({ nodeId: 'n2', service: 'db', memoryBytes: 1024 ** 3 }),
    ]);
    expect(nodeIdsOf(placeContainers(state, makeRequest(), seededRandom(1)))).toEqual(['n2']);
  });

  it('breaks ties with the seeded random: the same seed gives the same nodes, other seeds others', () => {
    const state = makeState(makeNodes(20));
    const place = (seed: number) => nodeIdsOf(placeContainers(state, makeRequest(), seededRandom(seed)))[0];
    expect(place(7)).toBe(place(7));
    expect(new Set([1, 2, 3, 4, 5, 6, 7, 8].map(place)).size).toBeGreaterThan(1);
  });

  it('evens out: six containers on three nodes are two each', () => {
    const result = placeContainers(makeState(makeNodes(3)), makeRequest([], { count: 6 }), seededRandom(1));
    expect(perNode(nodeIdsOf(result))).toEqual({ n1: 2, n2: 2, n3: 2 });
  });

  it('does not change the state: a preview and the deployment see the same cluster', () => {
    const state = makeState(makeNodes(2), [makeContainer({ nodeId: 'n1' })]);
    const first = placeContainers(state, makeRequest([], { count: 4, cpuShares: 50 }), seededRandom(3));
    const second = placeContainers(state, makeRequest([], { count: 4, cpuShares: 50 }), seededRandom(3));
    expect(second).toEqual(first);
    expect(state.size).toBe(1);
    expect(state.load('n2')).toMatchObject({ containers: 0, cpuShares: 0 });
  });

  it('leaves out excludeNodes and unschedulable nodes', () => {
    const state = makeState([makeNode(1), makeNode(2, { schedulable: false, phase: 'Offline' }), makeNode(3)]);
    const request: PlacementRequest = makeRequest([], { count: 4, excludeNodes: ['n3'] });
    expect(nodeIdsOf(placeContainers(state, request, seededRandom(1)))).toEqual(['n1', 'n1', 'n1', 'n1']);
  });

  it('a count of zero places nothing', () => {
    expect(placeContainers(makeState(makeNodes(1)), makeRequest([], { count: 0 }), seededRandom(1))).toEqual({
      ok: true,
      nodeIds: [],
      warnings: [],
    });
  });
});

describe('placeContainers: global services', () => {
  const monitor = (overrides: Partial<PlacementRequest> = {}) =>
    makeRequest([], { service: 'monitor', global: true, count: 0, ...overrides });

  it('puts one container on every eligible node that has none', () => {
    const state = makeState(makeNodes(3), [makeContainer({ nodeId: 'n2', service: 'monitor' })]);
    expect(nodeIdsOf(placeContainers(state, monitor(), seededRandom(1))).sort()).toEqual(['n1', 'n3']);
  });

  it('honours constraints: only the nodes tagged group:1', () => {
    const state = makeState(makeNodes(4, (i) => (i % 2 ? { tags: { group: '1' } } : {})));
    const request = monitor({ constraints: makeRequest(['constraint:group==1']).constraints });
    expect(nodeIdsOf(placeContainers(state, request, seededRandom(1))).sort()).toEqual(['n1', 'n3']);
  });

  it('on node join, deploys to the new node only', () => {
    const nodes = makeNodes(2);
    const state = makeState(nodes, [
      makeContainer({ nodeId: 'n1', service: 'monitor' }),
      makeContainer({ nodeId: 'n2', service: 'monitor' }),
    ]);
    state.replaceNodes([...nodes, makeNode(3)]);
    expect(placeContainers(state, monitor(), seededRandom(1))).toEqual({ ok: true, nodeIds: ['n3'], warnings: [] });
  });

  it('skips a node without room, with a warning, and places on the others', () => {
    const state = makeState(makeNodes(3), [makeContainer({ nodeId: 'n2', service: 'db', cpuShares: 400 })]);
    expect(placeContainers(state, monitor({ cpuShares: 50 }), seededRandom(1))).toEqual({
      ok: true,
      nodeIds: expect.arrayContaining(['n1', 'n3']) as string[],
      warnings: ['Global service monitor has no room on node2 (cpu_shares).'],
    });
  });

  it('is a no-op when every node has one', () => {
    const state = makeState(makeNodes(1), [makeContainer({ nodeId: 'n1', service: 'monitor' })]);
    expect(placeContainers(state, monitor(), seededRandom(1))).toEqual({ ok: true, nodeIds: [], warnings: [] });
  });
});

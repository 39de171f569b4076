import { describe, expect, it } from 'vitest';
import { seededRandom } from '../random.ts';
import { placeContainers } from './place.ts';
import { CPU_SHARES_PER_CORE, reservationRatio } from './resources.ts';
import { GIB, makeContainer, makeNode, makeNodes, makeRequest, makeState } from './testing/cluster.ts';
import type { PlacementRequest } from './types.ts';

const random = () => seededRandom(1);
const tcp80 = [{ protocol: 'tcp' as const, port: 80 }];

/** Places `request` repeatedly, one container at a time, adding each, until placement fails. */
function fillOneByOne(request: PlacementRequest, nodes = [makeNode(1)]) {
  const state = makeState(nodes);
  for (let i = 0; ; i++) {
    const result = placeContainers(state, { ...request, count: 1 }, random());
    if (!result.ok) return { placed: i, result };
    const nodeId = result.nodeIds[0] ?? '';
    state.add(
      makeContainer({
        nodeId,
        cpuShares: request.cpuShares ?? 0,
        memoryBytes: request.memoryBytes ?? 0,
        hostPorts: request.hostPorts,
        ...(request.networkMode ? { networkMode: request.networkMode } : {}),
      }),
    );
  }
}

describe('resource scheduling', () => {
  it('a 4-core node takes at most eight cpu_shares: 50 containers', () => {
    const fourCores = makeNode(1, { cpuShares: 4 * CPU_SHARES_PER_CORE });
    const state = makeState([fourCores]);
    expect(placeContainers(state, makeRequest([], { count: 8, cpuShares: 50 }), random())).toMatchObject({
      ok: true,
      nodeIds: Array(8).fill('n1'),
    });
    expect(placeContainers(state, makeRequest([], { count: 9, cpuShares: 50 }), random())).toEqual({
      ok: false,
      rule: 'cpu_shares',
      message: 'Not enough CPU for 9 containers of cpu_shares 50: node1 has 400 of 400 free.',
    });
    const oneByOne = fillOneByOne(makeRequest([], { cpuShares: 50 }), [fourCores]);
    expect(oneByOne.placed).toBe(8);
    expect(oneByOne.result).toMatchObject({
      message: 'Not enough CPU for 1 container of cpu_shares 50: node1 has 0 of 400 free.',
    });
  });

  it('containers without cpu_shares or mem_limit reserve nothing', () => {
    const unreserved = Array.from({ length: 20 }, () => makeContainer({ service: 'db' }));
    const state = makeState([makeNode(1)], unreserved);
    expect(state.load('n1')).toMatchObject({ cpuShares: 0, memoryBytes: 0, containers: 20 });
    expect(placeContainers(state, makeRequest([], { count: 8, cpuShares: 50 }), random()).ok).toBe(true);
  });

  it('mem_limit is reserved in bytes: a 1 GiB node takes two of 500000000', () => {
    const { placed, result } = fillOneByOne(makeRequest([], { memoryBytes: 500_000_000 }), [
      makeNode(1, { memoryBytes: GIB }),
    ]);
    expect(placed).toBe(2);
    expect(result).toEqual({
      ok: false,
      rule: 'mem_limit',
      message:
        'Not enough memory for 1 container of mem_limit 500000000 (476.8 MiB): node1 has 70.3 MiB of 1 GiB free.',
    });
  });

  it('reserves CPU and memory together: the tighter one bounds the node', () => {
    const node = makeNode(1, { cpuShares: 400, memoryBytes: 2 * GIB });
    expect(fillOneByOne(makeRequest([], { cpuShares: 50, memoryBytes: GIB / 2 }), [node]).placed).toBe(4);
    expect(fillOneByOne(makeRequest([], { cpuShares: 100, memoryBytes: GIB / 8 }), [node]).placed).toBe(4);
  });

  it('spreads reservations over nodes: the room of every node counts', () => {
    const state = makeState(makeNodes(3), [makeContainer({ nodeId: 'n1', cpuShares: 380 })]);
    const result = placeContainers(state, makeRequest([], { count: 16, cpuShares: 50 }), random());
    expect(result.ok && result.nodeIds.filter((id) => id === 'n1')).toEqual([]);
    expect(placeContainers(state, makeRequest([], { count: 17, cpuShares: 50 }), random())).toMatchObject({
      ok: false,
      message:
        'Not enough CPU for 17 containers of cpu_shares 50: node2 has 400 of 400 free, node3 400 of 400, node1 20 of 400.',
    });
  });

  it('a node addresses at most its container-network capacity; host-mode containers take no address', () => {
    expect(fillOneByOne(makeRequest(), [makeNode(1, { addressCapacity: 3 })])).toMatchObject({
      placed: 3,
      result: {
        rule: 'container addresses',
        message: 'Not enough container addresses for 1 container: node1 has 0 of 3 free.',
      },
    });
    const state = makeState(
      [makeNode(1, { addressCapacity: 1 })],
      [makeContainer({ service: 'agent', networkMode: 'host' })],
    );
    expect(placeContainers(state, makeRequest(), random()).ok).toBe(true);
  });

  it('a host port is held once per node and protocol', () => {
    const state = makeState(makeNodes(2), [makeContainer({ nodeId: 'n1', hostPorts: tcp80 })]);
    expect(placeContainers(state, makeRequest([], { hostPorts: tcp80 }), random())).toMatchObject({ nodeIds: ['n2'] });
    const udp = placeContainers(
      state,
      makeRequest([], { count: 2, hostPorts: [{ protocol: 'udp', port: 80 }] }),
      random(),
    );
    expect(udp.ok && [...udp.nodeIds].sort()).toEqual(['n1', 'n2']);
    expect(placeContainers(state, makeRequest([], { count: 2, hostPorts: tcp80 }), random()).ok).toBe(false);
  });

  it('network_mode host: two containers of one service never share a node', () => {
    const request = makeRequest([], { networkMode: 'host' });
    expect(fillOneByOne(request, makeNodes(2))).toMatchObject({ placed: 2, result: { rule: 'network_mode host' } });
    const other = makeState(makeNodes(1), [makeContainer({ service: 'db', networkMode: 'host' })]);
    expect(placeContainers(other, request, random()).ok).toBe(true);
  });

  it('reservationRatio is the larger of the CPU and memory ratios after the added containers', () => {
    const state = makeState(
      [makeNode(1, { cpuShares: 400, memoryBytes: 4 * GIB })],
      [makeContainer({ cpuShares: 100, memoryBytes: GIB })],
    );
    const load = state.load('n1');
    if (!load) throw new Error('no load');
    expect(reservationRatio(load, makeRequest(), 0)).toBe(0.25);
    expect(reservationRatio(load, makeRequest([], { memoryBytes: GIB }), 2)).toBe(0.75);
    expect(reservationRatio(load, makeRequest([], { cpuShares: 300 }), 1)).toBe(1);
  });
});

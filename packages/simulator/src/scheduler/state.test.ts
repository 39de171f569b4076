import { describe, expect, it } from 'vitest';
import { PlacementState } from './state.ts';
import type { NodeLoad } from './state.ts';
import { GIB, makeContainer, makeNode, makeNodes } from './testing/cluster.ts';

function summary(load: NodeLoad | undefined) {
  if (!load) return undefined;
  return {
    cpuShares: load.cpuShares,
    memoryBytes: load.memoryBytes,
    containers: load.containers,
    addresses: load.addresses,
    services: Object.fromEntries(load.services),
    hostModeServices: Object.fromEntries(load.hostModeServices),
    images: [...load.images.keys()].sort(),
    ports: Object.fromEntries(load.ports),
  };
}

const empty = {
  cpuShares: 0,
  memoryBytes: 0,
  containers: 0,
  addresses: 0,
  services: {},
  hostModeServices: {},
  images: [],
  ports: {},
};

describe('PlacementState', () => {
  it('accounts reservations, counts, image readings and host ports per node', () => {
    const state = new PlacementState(makeNodes(2));
    state.add(
      makeContainer({
        id: 'a',
        image: 'redis:3',
        cpuShares: 50,
        memoryBytes: GIB,
        hostPorts: [{ protocol: 'tcp', port: 80 }],
      }),
    );
    state.add(makeContainer({ id: 'b', service: 'db', networkMode: 'host', cpuShares: 25 }));
    expect(summary(state.load('n1'))).toEqual({
      cpuShares: 75,
      memoryBytes: GIB,
      containers: 2,
      addresses: 1,
      services: { 'app/web': 1, 'app/db': 1 },
      hostModeServices: { 'app/db': 1 },
      images: ['nginx', 'nginx:latest', 'redis', 'redis:3'],
      ports: { 'tcp/80': ['a'] },
    });
    expect(summary(state.load('n2'))).toEqual(empty);
    expect(state.containersOn('n1').map((c) => c.id)).toEqual(['a', 'b']);
  });

  it('remove gives back exactly what add took', () => {
    const state = new PlacementState(makeNodes(1));
    const ports = [{ protocol: 'udp' as const, port: 53 }];
    state.add(makeContainer({ id: 'a', cpuShares: 50, memoryBytes: 100, hostPorts: ports }));
    expect(state.remove('a')?.id).toBe('a');
    expect(summary(state.load('n1'))).toEqual(empty);
    expect(state.remove('a')).toBeUndefined();
    expect(state.size).toBe(0);
  });

  it('refuses a container id twice', () => {
    const state = new PlacementState(makeNodes(1), [makeContainer({ id: 'a' })]);
    expect(() => state.add(makeContainer({ id: 'a' }))).toThrow('Container a is already placed.');
  });

  it('replaceNodes: joined nodes start empty, departed ones keep their containers but no capacity', () => {
    const state = new PlacementState(makeNodes(2), [makeContainer({ id: 'a', nodeId: 'n2', cpuShares: 50 })]);
    state.replaceNodes([makeNode(1, { tags: { group: '1' } }), makeNode(3)]);
    expect(state.nodes.map((n) => n.id)).toEqual(['n1', 'n3']);
    expect(state.load('n1')?.node?.tags).toEqual({ group: '1' });
    expect(summary(state.load('n3'))).toEqual(empty);
    expect(state.load('n2')).toMatchObject({ node: undefined, cpuCapacity: 0, cpuShares: 50, containers: 1 });
    state.remove('a');
    expect(state.load('n2')).toBeUndefined();
  });

  it('records a container on a node it does not know yet, and drops that load when it is removed', () => {
    const state = new PlacementState(makeNodes(1));
    state.add(makeContainer({ id: 'a', nodeId: 'n9' }));
    expect(state.load('n9')?.containers).toBe(1);
    expect(state.nodes.map((n) => n.id)).toEqual(['n1']);
    state.remove('a');
    expect(state.load('n9')).toBeUndefined();
  });

  it('tryOut undoes every add and remove made inside it, nested or thrown out of', () => {
    const state = new PlacementState(makeNodes(2), [makeContainer({ id: 'a', cpuShares: 50 })]);
    const before = [summary(state.load('n1')), summary(state.load('n2'))];
    const seen = state.tryOut(() => {
      const a = state.remove('a');
      if (a) state.add({ ...a, nodeId: 'n2' });
      state.add(makeContainer({ id: 'b' }));
      state.remove('b');
      expect(() =>
        state.tryOut(() => {
          state.add(makeContainer({ id: 'c', nodeId: 'n2' }));
          throw new Error('stop');
        }),
      ).toThrow('stop');
      return state.load('n2')?.containers;
    });
    expect(seen).toBe(1);
    expect([summary(state.load('n1')), summary(state.load('n2'))]).toEqual(before);
    expect(state.container('a')?.nodeId).toBe('n1');
    expect(state.container('b')).toBeUndefined();
    expect(state.container('c')).toBeUndefined();
  });

  it('serviceCounts gives the service containers per node', () => {
    const state = new PlacementState(makeNodes(3), [
      makeContainer({ nodeId: 'n1' }),
      makeContainer({ nodeId: 'n1' }),
      makeContainer({ nodeId: 'n3' }),
      makeContainer({ nodeId: 'n2', service: 'db' }),
      makeContainer({ nodeId: 'n2', application: 'other' }),
    ]);
    expect(Object.fromEntries(state.serviceCounts('app', 'web'))).toEqual({ n1: 2, n3: 1 });
  });
});

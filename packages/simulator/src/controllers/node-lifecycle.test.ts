import { describe, expect, it } from 'vitest';
import type { Node, NodeOperation } from '@cs/domain';
import { ManualClock } from '../clock.ts';
import { Simulator } from '../simulator.ts';
import { makeInstance } from '../testing/make-instance.ts';
import { MemoryStore } from '../testing/memory-store.ts';
import type { AnyResource } from '../transition.ts';
import { nodeLifecycle } from './node-lifecycle.ts';

const MINUTE = 60_000;
const CLUSTER = 'c1';
const EPOCH = new Date(Date.UTC(2026, 0, 1)).toISOString();

function makeNode(index: number, operation: NodeOperation | null = null): Node {
  const id = `i-node${index}`;
  return {
    metadata: {
      id,
      name: `${CLUSTER}-node${index}`,
      generation: 1,
      resourceVersion: 1,
      createdAt: EPOCH,
      updatedAt: EPOCH,
    },
    spec: {
      clusterId: CLUSTER,
      region: 'cn-hangzhou',
      instanceId: id,
      index,
      zone: 'cn-hangzhou-b',
      instanceType: 'ecs.n1.small',
      operatingSystem: 'Ubuntu 16.04 64-bit',
      chargeType: 'PayAsYouGo',
      origin: 'created',
      tags: {},
      operation,
    },
    status: {
      phase: operation ? (operation.kind === 'remove' ? 'Removing' : 'Resetting') : 'Normal',
      phaseSince: EPOCH,
      observedGeneration: 1,
      conditions: [],
      privateIp: `10.0.0.${index}`,
      publicIp: null,
      dockerVersion: '17.03.1-ce',
      agentVersion: '0.9-093100b',
      reason: null,
    },
  };
}

function container(name: string, nodeId: string): AnyResource {
  return {
    metadata: { id: name, name, generation: 1, resourceVersion: 1, createdAt: EPOCH, updatedAt: EPOCH },
    spec: { nodeId },
    status: { phase: 'Running', phaseSince: EPOCH, observedGeneration: 1, conditions: [] },
  };
}

function setup(options: { failureRate?: number } = {}) {
  const clock = new ManualClock(Date.UTC(2026, 0, 1));
  const store = new MemoryStore();
  const simulator = new Simulator([nodeLifecycle(options)], { clock, store });
  store.onChange = (kind, resource, id) =>
    resource ? simulator.reconcile(kind, resource) : simulator.forget(kind, id);
  const advance = (ms: number) =>
    clock.advance(ms, () => simulator.idle().then(() => new Promise((r) => setImmediate(r))));
  const node = (index: number) => store.get('node', `i-node${index}`) as Node | undefined;
  const placement = () =>
    Object.fromEntries(store.all('container').map((c) => [c.metadata.name, (c.spec as { nodeId: string }).nodeId]));
  return { store, advance, node, placement };
}

describe('node lifecycle', () => {
  it('removes a node, migrating its containers to the least loaded Normal nodes, and frees its instance', async () => {
    const t = setup();
    t.store.put('instance', makeInstance('i-node1', { status: { clusterId: CLUSTER } }), 'cn-hangzhou');
    t.store.put('container', container('web_1', 'i-node3'), CLUSTER);
    for (const c of ['web_2', 'db_1']) t.store.put('container', container(c, 'i-node1'), CLUSTER);
    t.store.put('node', makeNode(2), CLUSTER);
    t.store.put('node', makeNode(3), CLUSTER);
    t.store.put('node', makeNode(1, { kind: 'remove', migrateContainers: true }), CLUSTER);
    await t.advance(2 * MINUTE);
    expect(t.node(1)).toBeUndefined();
    expect(t.placement()).toEqual({ web_1: 'i-node3', web_2: 'i-node2', db_1: 'i-node2' });
    expect(t.store.get('instance', 'i-node1')?.status).toMatchObject({ clusterId: null });
    expect(t.store.events.map((e) => e.reason)).toEqual([
      'ContainersMigrated',
      'ContainerMigrated',
      'ContainerMigrated',
      'NodeDetached',
      'NodeRemoved',
    ]);
    expect(t.store.events[1]?.message).toBe(
      `Migrate container web_2 from ${CLUSTER}-node1 to ${CLUSTER}-node2 completed.`,
    );
  });

  it('stops a reset whose containers have nowhere to go, leaving the node Normal with the reason', async () => {
    const t = setup();
    t.store.put('container', container('web_1', 'i-node1'), CLUSTER);
    t.store.put('node', makeNode(1, { kind: 'reset', migrateContainers: true }), CLUSTER);
    await t.advance(5 * MINUTE);
    expect(t.node(1)?.status).toMatchObject({
      phase: 'Normal',
      reason: expect.stringMatching(/^Container migration failed/),
    });
    expect(t.node(1)?.spec.operation).toBeNull();
    expect(t.placement()).toEqual({ web_1: 'i-node1' });
    expect(t.store.events.at(-1)?.message).toMatch(/without Migrate Containers to force it\.$/);
  });

  it('resets a node without migration: new system disk, reinstalled, Normal again with its containers', async () => {
    const t = setup();
    t.store.put('container', container('web_1', 'i-node1'), CLUSTER);
    t.store.put('node', makeNode(1, { kind: 'reset', migrateContainers: false }), CLUSTER);
    await t.advance(MINUTE);
    expect(t.node(1)?.status.phase).toBe('Resetting');
    await t.advance(4 * MINUTE);
    expect(t.node(1)?.status).toMatchObject({ phase: 'Normal', reason: null });
    expect(t.store.events.map((e) => e.reason)).toEqual(['SystemDiskReplaced', 'NodeReinstalled', 'NodeReset']);
  });

  it('ends a reset the cloud refuses back in Normal with the reason', async () => {
    const t = setup({ failureRate: 1 });
    t.store.put('node', makeNode(1, { kind: 'reset', migrateContainers: false }), CLUSTER);
    await t.advance(5 * MINUTE);
    expect(t.node(1)?.status).toMatchObject({
      phase: 'Normal',
      reason: 'Failed to replace the system disk: the instance did not stop.',
    });
  });
});

import { describe, expect, it } from 'vitest';
import type { Node } from '@cs/domain';
import { ManualClock } from '../clock.ts';
import { Simulator } from '../simulator.ts';
import { makeInstance } from '../testing/make-instance.ts';
import { makeNode } from '../testing/make-node.ts';
import { MemoryStore } from '../testing/memory-store.ts';
import { withCondition } from '../conditions.ts';
import { CONTAINERS_MIGRATED, nodeLifecycle } from './node-lifecycle.ts';

const MINUTE = 60_000;
const CLUSTER = 'c1';

function setup(options: { failureRate?: number } = {}) {
  const clock = new ManualClock(Date.UTC(2026, 0, 1));
  const store = new MemoryStore();
  const simulator = new Simulator([nodeLifecycle(options)], { clock, store });
  store.onChange = (kind, resource, id) =>
    resource ? simulator.reconcile(kind, resource) : simulator.forget(kind, id);
  const advance = (ms: number) =>
    clock.advance(ms, () => simulator.idle().then(() => new Promise((r) => setImmediate(r))));
  const node = (index: number) => store.get('node', `i-node${index}`) as Node | undefined;
  return { store, advance, node };
}

describe('node lifecycle', () => {
  it('waits for the deploy engine to migrate the containers, then detaches the node and frees its instance', async () => {
    const t = setup();
    t.store.put('instance', makeInstance('i-node1', { status: { clusterId: CLUSTER } }), 'cn-hangzhou');
    t.store.put('node', makeNode(2), CLUSTER);
    t.store.put('node', makeNode(1, { kind: 'remove', migrateContainers: true }), CLUSTER);
    await t.advance(5 * MINUTE);
    expect(t.node(1)?.status.phase).toBe('Removing');
    const waiting = t.node(1)!;
    t.store.put(
      'node',
      {
        ...waiting,
        status: withCondition(
          waiting.status,
          { type: CONTAINERS_MIGRATED, status: 'True', reason: 'Completed', message: 'moved' },
          Date.UTC(2026, 0, 1),
        ),
      },
      CLUSTER,
    );
    await t.advance(2 * MINUTE);
    expect(t.node(1)).toBeUndefined();
    expect(t.store.get('instance', 'i-node1')?.status).toMatchObject({ clusterId: null });
    expect(t.store.events.map((e) => e.reason)).toEqual(['NodeDetached', 'NodeRemoved']);
  });

  it('resets a node without migration: new system disk, reinstalled, Normal again', async () => {
    const t = setup();
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

import { describe, expect, it } from 'vitest';
import { ConflictError } from '@cs/domain';
import type { Cluster, Node } from '@cs/domain';
import { ManualClock } from '../clock.ts';
import { Simulator } from '../simulator.ts';
import { makeCluster } from '../testing/make-cluster.ts';
import { makeNode } from '../testing/make-node.ts';
import { MemoryStore } from '../testing/memory-store.ts';
import { clusterLifecycle } from './cluster/lifecycle.ts';
import { seededRandom } from '../random.ts';
import { abandonNodeOperation, nodeLifecycle } from './node-lifecycle.ts';
import { clusterAfterRemoval } from './removal-scaling.ts';

const ID = 'c0123456789abcdef0123456789abcdef';
const START = Date.UTC(2026, 0, 1);
const remove = { kind: 'remove' as const, migrateContainers: false };

/** A cluster at rest or Scaling for removals, with nodes, both controllers running. */
function setup(phase: Cluster['status']['phase'], nodes: Node[]) {
  const clock = new ManualClock(START);
  const store = new MemoryStore();
  const simulator = new Simulator([clusterLifecycle(), nodeLifecycle()], { clock, store });
  store.onChange = (kind, resource, id) =>
    resource ? simulator.reconcile(kind, resource) : simulator.forget(kind, id);
  store.put('cluster', makeCluster({ status: { phase } }), 'cn-hangzhou');
  for (const node of nodes) store.put('node', node, ID);
  const advance = (ms: number) =>
    clock.advance(ms, () => simulator.idle().then(() => new Promise((r) => setImmediate(r))));
  const cluster = () => store.get('cluster', ID) as Cluster;
  const nodeIds = () => store.all('node').map((n) => n.metadata.id);
  return { store, advance, cluster, nodeIds };
}

/** A node whose removal started `afterMs` after the start. */
const removing = (index: number, afterMs = 0, migrateContainers = false): Node => {
  const node = makeNode(index, { kind: 'remove', migrateContainers }, ID);
  return { ...node, status: { ...node.status, phaseSince: new Date(START + afterMs).toISOString() } };
};

describe('the cluster while its nodes are removed', () => {
  it.each(['Scaling', 'Running'] as const)(
    'turns a %s cluster Inactive when its last node is removed, waiting to add nodes',
    async (phase) => {
      const t = setup(phase, [removing(1)]);
      await t.advance(30_000);
      expect(t.nodeIds()).toEqual([]);
      expect(t.cluster().status.phase).toBe('Inactive');
      expect(t.store.events.at(-1)).toMatchObject({
        reason: 'ClusterInactive',
        message: `Cluster demo has no node left: it is Inactive, waiting to add nodes. Expand it or add existing instances to activate it.`,
      });
    },
  );

  it('stays Scaling while another node is still being removed, then rests Running with the nodes left', async () => {
    const t = setup('Scaling', [removing(1), removing(2, 60_000), makeNode(3, null, ID)]);
    await t.advance(30_000);
    expect(t.nodeIds()).toEqual(['i-node2', 'i-node3']);
    expect(t.cluster().status.phase).toBe('Scaling');
    await t.advance(60_000);
    expect(t.nodeIds()).toEqual(['i-node3']);
    expect(t.cluster().status).toMatchObject({ phase: 'Running', phaseSince: expect.any(String) });
    expect(t.store.events.map((e) => e.reason)).not.toContain('ClusterInactive');
  });

  it('rests Running with every node when a removal stops because its containers have nowhere to go', () => {
    const node = removing(1, 0, true);
    const cluster = makeCluster({ status: { phase: 'Scaling' } });
    const result = abandonNodeOperation(node, 'Container migration failed.', {
      now: START + 60_000,
      random: seededRandom('x'),
      related: { cluster: [cluster], node: [node] },
    });
    expect(result.status).toMatchObject({ phase: 'Normal', reason: 'Container migration failed.' });
    expect(result.updates?.[0]?.status).toMatchObject({ phase: 'Running' });
  });

  it.each([
    ['being deleted', makeCluster({ status: { phase: 'Deleting' } })],
    [
      'expanding',
      makeCluster({
        spec: {
          operation: {
            kind: 'expand',
            quantity: 1,
            zone: 'cn-hangzhou-b',
            instanceType: 'ecs.n1.small',
            operatingSystem: 'Ubuntu 16.04 64-bit',
          },
        },
        status: { phase: 'Scaling' },
      }),
    ],
  ])('leaves a cluster %s to its own procedure', (_what, cluster) => {
    expect(clusterAfterRemoval(makeNode(1, remove, ID), { cluster: [cluster] }, 0, START)).toEqual({
      updates: [],
      events: [],
    });
  });

  it('serialises two removals that end from the same reads: the cluster version refuses the later', async () => {
    const nodes = [removing(1), removing(2)];
    const t = setup('Scaling', []);
    const related = { cluster: [t.cluster()], node: nodes };
    const first = clusterAfterRemoval(nodes[0]!, related, 1, START);
    const second = clusterAfterRemoval(nodes[1]!, related, 1, START);
    expect(first.updates).toEqual([{ kind: 'cluster', id: ID, expectedVersion: t.cluster().metadata.resourceVersion }]);
    await t.store.applyChanges({ updates: first.updates, events: [] });
    await expect(t.store.applyChanges({ updates: second.updates, events: [] })).rejects.toBeInstanceOf(ConflictError);
  });
});

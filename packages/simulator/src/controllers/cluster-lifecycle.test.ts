import { describe, expect, it } from 'vitest';
import type { Cluster } from '@cs/domain';
import { ManualClock } from '../clock.ts';
import { Simulator } from '../simulator.ts';
import { makeCluster } from '../testing/make-cluster.ts';
import { MemoryStore } from '../testing/memory-store.ts';
import { clusterLifecycle } from './cluster-lifecycle.ts';
import type { ClusterLifecycleOptions } from './cluster-lifecycle.ts';

const MINUTE = 60_000;

function setup(options: ClusterLifecycleOptions = {}) {
  const clock = new ManualClock(Date.UTC(2026, 0, 1));
  const store = new MemoryStore();
  const simulator = new Simulator([clusterLifecycle(options)], { clock, store });
  store.onChange = (kind, resource, id) =>
    resource ? simulator.reconcile(kind, resource) : simulator.forget(kind, id);
  const advance = (ms: number) =>
    clock.advance(ms, () => simulator.idle().then(() => new Promise((r) => setImmediate(r))));
  const cluster = () => store.get('cluster', 'c0123456789abcdef0123456789abcdef') as Cluster | undefined;
  return { clock, store, simulator, advance, cluster };
}

describe('cluster lifecycle', () => {
  it.each([
    {
      name: 'classic with 2 nodes and an SLB ends Running',
      spec: {},
      phase: 'Running',
      nodeCount: 2,
      reasons: [
        'NetworkReady',
        'SecurityGroupReady',
        'LoadBalancerReady',
        'InstancesReady',
        'DockerReady',
        'AgentReady',
        'ClusterCreated',
      ],
    },
    {
      name: 'zero-node cluster ends Inactive',
      spec: { nodes: null },
      phase: 'Inactive',
      nodeCount: 0,
      reasons: ['NetworkReady', 'SecurityGroupReady', 'LoadBalancerReady', 'ClusterCreated'],
    },
    {
      name: 'VPC without SLB skips the load balancer',
      spec: {
        networkType: 'vpc' as const,
        vpc: { vpcId: 'vpc-1', vswitchId: 'vsw-1', containerCidr: '172.18.0.0/16' },
        createSlb: false,
      },
      phase: 'Running',
      nodeCount: 2,
      reasons: ['NetworkReady', 'SecurityGroupReady', 'InstancesReady', 'DockerReady', 'AgentReady', 'ClusterCreated'],
    },
  ])('$name', async ({ spec, phase, nodeCount, reasons }) => {
    const { store, advance, cluster } = setup();
    store.put('cluster', makeCluster({ spec }));
    await advance(10 * MINUTE);
    expect(cluster()?.status.phase).toBe(phase);
    expect(cluster()?.status.nodeCount).toBe(nodeCount);
    expect(store.events.map((e) => e.reason)).toEqual(reasons);
    expect(store.events.at(-1)?.message).toMatch(/^Create cluster demo completed\./);
  });

  it('stays Initial while provisioning takes its time', async () => {
    const { store, advance, cluster } = setup();
    store.put('cluster', makeCluster());
    await advance(30_000);
    expect(cluster()?.status.phase).toBe('Initial');
    expect(cluster()?.status.conditions.map((c) => c.type)).toContain('NetworkReady');
  });

  it('ends Failed with the reason of the step that failed', async () => {
    const { store, advance, cluster } = setup({ failureRate: 1 });
    store.put('cluster', makeCluster());
    await advance(10 * MINUTE);
    expect(cluster()?.status.phase).toBe('Failed');
    expect(cluster()?.status.reason).toBe('The VSwitch has no free IP addresses left.');
    expect(store.events).toEqual([expect.objectContaining({ level: 'Error', reason: 'NetworkReadyFailed' })]);
  });

  it('deletes a cluster, keeping its SLB when asked', async () => {
    const { store, advance, cluster } = setup();
    store.put(
      'cluster',
      makeCluster({ spec: { deletion: { keepSlb: true } }, status: { phase: 'Deleting', nodeCount: 2 } }),
    );
    await advance(5 * MINUTE);
    expect(cluster()).toBeUndefined();
    expect(store.events.map((e) => e.reason)).toEqual(['InstancesReleased', 'ClusterDeleted']);
  });

  it('ends DeleteFailed with a reason when the cloud refuses', async () => {
    const { store, advance, cluster } = setup({ failureRate: 1 });
    store.put(
      'cluster',
      makeCluster({ spec: { deletion: { keepSlb: false } }, status: { phase: 'Deleting', nodeCount: 1 } }),
    );
    await advance(5 * MINUTE);
    expect(cluster()?.status.phase).toBe('DeleteFailed');
    expect(cluster()?.status.reason).toMatch(/release ECS instances/);
  });

  it('resumes after a restart and finishes on the original schedule', async () => {
    const first = setup();
    first.store.put('cluster', makeCluster());
    await first.advance(MINUTE);
    first.simulator.stop();
    const uninterrupted = setup();
    uninterrupted.store.put('cluster', makeCluster());
    await uninterrupted.advance(10 * MINUTE);

    const { clock, store, simulator, advance, cluster } = setup();
    await clock.advance(MINUTE);
    for (const [key, value] of first.store.resources) store.resources.set(key, value);
    simulator.reconcile('cluster', cluster()!);
    await advance(9 * MINUTE);
    expect(cluster()?.status.phase).toBe('Running');
    expect(cluster()?.status.phaseSince).toBe(uninterrupted.cluster()?.status.phaseSince);
  });
});

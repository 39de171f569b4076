import { describe, expect, it } from 'vitest';
import { LATEST_AGENT_VERSION, LATEST_DOCKER_VERSION } from '@cs/domain';
import type { Cluster, ClusterOperation, Instance, LoadBalancer, Node } from '@cs/domain';
import { ManualClock } from '../../clock.ts';
import { Simulator } from '../../simulator.ts';
import { makeCluster } from '../../testing/make-cluster.ts';
import { makeInstance } from '../../testing/make-instance.ts';
import { MemoryStore } from '../../testing/memory-store.ts';
import { clusterLifecycle } from './lifecycle.ts';
import type { ClusterLifecycleOptions } from './lifecycle.ts';

const MINUTE = 60_000;
const ID = 'c0123456789abcdef0123456789abcdef';

function setup(options: ClusterLifecycleOptions = {}, startAt = Date.UTC(2026, 0, 1)) {
  const clock = new ManualClock(startAt);
  const store = new MemoryStore();
  const simulator = new Simulator([clusterLifecycle(options)], { clock, store });
  store.onChange = (kind, resource, id) =>
    resource ? simulator.reconcile(kind, resource) : simulator.forget(kind, id);
  const advance = (ms: number) =>
    clock.advance(ms, () => simulator.idle().then(() => new Promise((r) => setImmediate(r))));
  const cluster = () => store.get('cluster', ID) as Cluster | undefined;
  const nodes = () => store.all('node') as Node[];
  const instances = () => store.all('instance') as Instance[];
  const loadBalancers = () => store.all('load-balancer') as LoadBalancer[];
  const reasons = () => store.events.map((e) => e.reason);
  /** Starts an operation the way the BFF does: the operation in the spec, the phase it shows. */
  const start = (operation: ClusterOperation, phase: Cluster['status']['phase'] = 'Scaling') => {
    const c = cluster()!;
    store.put(
      'cluster',
      {
        ...c,
        spec: { ...c.spec, operation },
        status: { ...c.status, phase, phaseSince: new Date(clock.now()).toISOString() },
      },
      c.spec.region,
    );
  };
  return { clock, store, simulator, advance, cluster, nodes, instances, loadBalancers, reasons, start };
}

/** A Running cluster with two nodes, as creation leaves it. */
async function running(options: ClusterLifecycleOptions = {}) {
  const t = setup(options);
  t.store.put('cluster', makeCluster(), 'cn-hangzhou');
  await t.advance(10 * MINUTE);
  expect(t.cluster()?.status.phase).toBe('Running');
  t.store.events.length = 0;
  return t;
}

describe('cluster creation', () => {
  it.each([
    {
      name: 'classic with 2 nodes and an SLB ends Running with 2 Normal nodes',
      spec: {},
      phase: 'Running',
      nodes: 2,
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
      nodes: 0,
      reasons: ['NetworkReady', 'SecurityGroupReady', 'LoadBalancerReady', 'ClusterCreated'],
    },
    {
      name: 'VPC without SLB skips the load balancer',
      spec: {
        networkType: 'vpc' as const,
        vpc: {
          vpcId: 'vpc-bp1659u1p811058ea3npd',
          vswitchId: 'vsw-bp1kqhfcl2tj1oq3yxmd8',
          containerCidr: '172.18.0.0/16',
        },
        createSlb: false,
      },
      phase: 'Running',
      nodes: 2,
      reasons: ['NetworkReady', 'SecurityGroupReady', 'InstancesReady', 'DockerReady', 'AgentReady', 'ClusterCreated'],
    },
  ])('$name', async ({ spec, phase, nodes: count, reasons: expected }) => {
    const t = setup();
    t.store.put('cluster', makeCluster({ spec }), 'cn-hangzhou');
    await t.advance(10 * MINUTE);
    expect(t.cluster()?.status.phase).toBe(phase);
    expect(t.nodes()).toHaveLength(count);
    expect(t.nodes().every((n) => n.status.phase === 'Normal')).toBe(true);
    expect(t.instances().map((i) => i.status.clusterId)).toEqual(Array(count).fill(ID));
    expect(t.reasons()).toEqual(expected);
    expect(t.store.events.at(-1)?.message).toMatch(/^Create cluster demo completed\./);
  });

  it('names nodes after the cluster, numbers them, and takes VPC addresses from the VSwitch', async () => {
    const t = setup();
    const vpc = {
      vpcId: 'vpc-bp1659u1p811058ea3npd',
      vswitchId: 'vsw-bp1kqhfcl2tj1oq3yxmd8',
      containerCidr: '172.18.0.0/16',
    };
    t.store.put('cluster', makeCluster({ spec: { networkType: 'vpc', vpc } }), 'cn-hangzhou');
    await t.advance(10 * MINUTE);
    const nodes = t.nodes().sort((a, b) => a.spec.index - b.spec.index);
    expect(nodes.map((n) => [n.metadata.name, n.spec.index])).toEqual([
      [`${ID}-node1`, 1],
      [`${ID}-node2`, 2],
    ]);
    expect(nodes.every((n) => n.status.privateIp.startsWith('192.168.1.'))).toBe(true);
    expect(t.cluster()?.status.resources).toMatchObject({
      securityGroupId: expect.stringMatching(/^sg-/),
      slbId: expect.stringMatching(/^lb-/),
    });
    expect(t.cluster()?.status.resources.securityGroupRules[0]).toMatchObject({
      protocol: 'All',
      authorizationObject: '172.18.0.0/16',
    });
  });

  it('stays Initial while provisioning takes its time', async () => {
    const t = setup();
    t.store.put('cluster', makeCluster(), 'cn-hangzhou');
    await t.advance(30_000);
    expect(t.cluster()?.status.phase).toBe('Initial');
    expect(t.nodes()).toEqual([]);
  });

  it('ends Failed with the reason of the step that failed', async () => {
    const t = setup({ failureRate: 1 });
    t.store.put('cluster', makeCluster(), 'cn-hangzhou');
    await t.advance(10 * MINUTE);
    expect(t.cluster()?.status).toMatchObject({
      phase: 'Failed',
      reason: 'The VSwitch has no free IP addresses left.',
    });
    expect(t.store.events).toEqual([expect.objectContaining({ level: 'Error', reason: 'NetworkReadyFailed' })]);
  });

  it('resumes after a restart and finishes on the original schedule', async () => {
    const first = setup();
    first.store.put('cluster', makeCluster(), 'cn-hangzhou');
    await first.advance(MINUTE);
    first.simulator.stop();
    const uninterrupted = setup();
    uninterrupted.store.put('cluster', makeCluster(), 'cn-hangzhou');
    await uninterrupted.advance(10 * MINUTE);

    const t = setup();
    await t.clock.advance(MINUTE);
    for (const [key, value] of first.store.resources) t.store.resources.set(key, value);
    t.simulator.reconcile('cluster', t.cluster()!);
    await t.advance(9 * MINUTE);
    expect(t.cluster()?.status.phase).toBe('Running');
    expect(t.cluster()?.status.phaseSince).toBe(uninterrupted.cluster()?.status.phaseSince);
  });
});

describe('cluster deletion', () => {
  it('removes nodes, releases Pay-As-You-Go instances, keeps subscriptions, and keeps the SLB when asked', async () => {
    const t = await running();
    t.store.put('instance', makeInstance('i-sub', { status: { clusterId: ID } }), 'cn-hangzhou');
    const c = t.cluster()!;
    t.store.put(
      'cluster',
      { ...c, spec: { ...c.spec, deletion: { keepSlb: true } }, status: { ...c.status, phase: 'Deleting' } },
      'cn-hangzhou',
    );
    await t.advance(5 * MINUTE);
    expect(t.cluster()).toBeUndefined();
    expect(t.nodes()).toEqual([]);
    expect(t.instances().map((i) => [i.metadata.id, i.status.clusterId])).toEqual([['i-sub', null]]);
    expect(t.reasons()).toEqual(['InstancesReleased', 'ClusterDeleted']);
    expect(t.store.events.at(-1)?.message).toMatch(/Server Load Balancer lb-\w+ is kept\.$/);
  });

  it("creates the cluster's Server Load Balancer with its id, and releases it with the cluster unless kept", async () => {
    for (const keepSlb of [false, true]) {
      const t = await running();
      const slbId = t.cluster()!.status.resources.slbId;
      expect(t.loadBalancers().map((lb) => [lb.metadata.id, lb.metadata.name, lb.spec.origin])).toEqual([
        [slbId, `acs-slb-${ID}`, 'cluster'],
      ]);
      const c = t.cluster()!;
      t.store.put(
        'cluster',
        { ...c, spec: { ...c.spec, deletion: { keepSlb } }, status: { ...c.status, phase: 'Deleting' } },
        'cn-hangzhou',
      );
      await t.advance(5 * MINUTE);
      expect(t.cluster()).toBeUndefined();
      expect(t.loadBalancers().map((lb) => lb.metadata.id)).toEqual(keepSlb ? [slbId] : []);
    }
  });

  it('ends DeleteFailed with a reason when the cloud refuses', async () => {
    const t = setup({ failureRate: 1 });
    t.store.put(
      'cluster',
      makeCluster({ spec: { deletion: { keepSlb: false } }, status: { phase: 'Deleting' } }),
      'cn-hangzhou',
    );
    await t.advance(5 * MINUTE);
    expect(t.cluster()?.status).toMatchObject({
      phase: 'DeleteFailed',
      reason: expect.stringMatching(/release ECS instances/),
    });
  });
});

describe('cluster operations', () => {
  it('expands into another zone: Scaling, then Running with the new nodes numbered after the old', async () => {
    const t = await running();
    t.start({
      kind: 'expand',
      quantity: 2,
      zone: 'cn-hangzhou-d',
      instanceType: 'ecs.n1.medium',
      operatingSystem: 'CentOS 7.0 64-bit',
    });
    await t.advance(MINUTE);
    expect(t.cluster()?.status.phase).toBe('Scaling');
    await t.advance(5 * MINUTE);
    expect(t.cluster()?.status.phase).toBe('Running');
    expect(t.cluster()?.spec.operation).toBeNull();
    const added = t.nodes().filter((n) => n.spec.origin === 'expanded');
    expect(added.map((n) => [n.spec.index, n.spec.zone])).toEqual([
      [3, 'cn-hangzhou-d'],
      [4, 'cn-hangzhou-d'],
    ]);
    expect(t.store.events.at(-1)?.message).toMatch(/spans several zones\.$/);
  });

  describe('a VPC cluster stored before the create rule refused a container segment on a VSwitch', () => {
    const expand = { kind: 'expand', instanceType: 'ecs.n1.small', operatingSystem: 'CentOS 7.0 64-bit' } as const;
    async function inactive(containerCidr: string) {
      const t = setup();
      const vpc = { vpcId: 'vpc-bp1659u1p811058ea3npd', vswitchId: 'vsw-bp1kqhfcl2tj1oq3yxmd8', containerCidr };
      t.store.put('cluster', makeCluster({ spec: { networkType: 'vpc', vpc, nodes: null } }), 'cn-hangzhou');
      await t.advance(5 * MINUTE);
      return t;
    }

    it("gives nodes expanded into another zone addresses of that zone's VSwitch outside the segment", async () => {
      const t = await inactive('192.168.2.0/25');
      t.start({ ...expand, quantity: 12, zone: 'cn-hangzhou-d' });
      await t.advance(5 * MINUTE);
      const addresses = t.nodes().map((n) => n.status.privateIp);
      expect(addresses).toHaveLength(12);
      const outside = (ip: string) => ip.startsWith('192.168.2.') && Number(ip.split('.')[3]) >= 128;
      expect(addresses.filter((ip) => !outside(ip))).toEqual([]);
    });

    it('ends an expansion into a zone whose VSwitch the segment covers, saying why', async () => {
      const t = await inactive('192.168.2.0/24');
      t.start({ ...expand, quantity: 1, zone: 'cn-hangzhou-d' });
      await t.advance(5 * MINUTE);
      expect(t.nodes()).toEqual([]);
      expect(t.cluster()?.status).toMatchObject({
        phase: 'Inactive',
        reason:
          'The VSwitch of cn-hangzhou-d has no free IP addresses left outside the container network segment 192.168.2.0/24.',
      });
    });
  });

  it('ends a failed expansion back in Running with the reason, adding no node', async () => {
    const t = await running();
    const failing = setup({ failureRate: 1 }, t.clock.now());
    for (const [key, value] of t.store.resources) failing.store.resources.set(key, value);
    failing.start({
      kind: 'expand',
      quantity: 1,
      zone: 'cn-hangzhou-b',
      instanceType: 'ecs.n1.small',
      operatingSystem: 'CentOS 7.0 64-bit',
    });
    await failing.advance(5 * MINUTE);
    expect(failing.cluster()?.status).toMatchObject({
      phase: 'Running',
      reason: 'Failed to expand: the zone has no stock of the instance type.',
    });
    expect(failing.nodes()).toHaveLength(2);
  });

  it('adds existing instances automatically, turning an Inactive cluster Running', async () => {
    const t = setup();
    t.store.put('cluster', makeCluster({ spec: { nodes: null } }), 'cn-hangzhou');
    t.store.put('instance', makeInstance('i-a'), 'cn-hangzhou');
    t.store.put('instance', makeInstance('i-b'), 'cn-hangzhou');
    await t.advance(5 * MINUTE);
    expect(t.cluster()?.status.phase).toBe('Inactive');
    t.start({ kind: 'attach', mode: 'automatic', instanceIds: ['i-a', 'i-b'], tokenHash: null, tokenExpiresAt: null });
    await t.advance(5 * MINUTE);
    expect(t.cluster()?.status.phase).toBe('Running');
    expect(t.nodes().map((n) => [n.metadata.id, n.spec.origin, n.spec.chargeType])).toEqual([
      ['i-a', 'attached-automatically', 'Subscription'],
      ['i-b', 'attached-automatically', 'Subscription'],
    ]);
    expect(t.instances().map((i) => i.status.clusterId)).toEqual([ID, ID]);
    expect(t.reasons()).toContain('AttachImageReset');
  });

  it('waits for the manual command, then adds the instance without resetting it', async () => {
    const t = await running();
    t.store.put('instance', makeInstance('i-m'), 'cn-hangzhou');
    t.start({ kind: 'attach', mode: 'manual', instanceIds: ['i-m'], tokenHash: 'h', tokenExpiresAt: null });
    await t.advance(30 * MINUTE);
    expect(t.nodes()).toHaveLength(2);
    const c = t.cluster()!;
    const ran = {
      type: 'AttachScriptRun',
      status: 'True' as const,
      reason: 'ScriptRun',
      message: 'ran',
      lastTransitionTime: new Date(t.clock.now()).toISOString(),
    };
    t.store.put('cluster', { ...c, status: { ...c.status, conditions: [...c.status.conditions, ran] } }, 'cn-hangzhou');
    await t.advance(5 * MINUTE);
    expect(t.nodes().find((n) => n.metadata.id === 'i-m')?.spec.origin).toBe('attached-manually');
    expect(t.reasons()).not.toContain('AttachImageReset');
    expect(t.cluster()?.status.phase).toBe('Running');
  });

  it('gives up a manual attachment whose command was never run after an hour', async () => {
    const t = await running();
    t.store.put('instance', makeInstance('i-m'), 'cn-hangzhou');
    t.start({ kind: 'attach', mode: 'manual', instanceIds: ['i-m'], tokenHash: 'h', tokenExpiresAt: null });
    await t.advance(61 * MINUTE);
    expect(t.cluster()?.spec.operation).toBeNull();
    expect(t.store.events.at(-1)).toMatchObject({ level: 'Warning', reason: 'AttachExpired' });
  });

  it('upgrades the Agent of the cluster and every node', async () => {
    const t = await running();
    t.start({ kind: 'upgrade-agent', migrateContainers: false }, 'Updating');
    await t.advance(3 * MINUTE);
    expect(t.cluster()?.status).toMatchObject({ phase: 'Running', agentVersion: LATEST_AGENT_VERSION });
    expect(t.nodes().map((n) => n.status.agentVersion)).toEqual([LATEST_AGENT_VERSION, LATEST_AGENT_VERSION]);
  });

  it('upgrades Docker after a snapshot', async () => {
    const t = await running();
    t.start({ kind: 'upgrade-docker', mode: 'snapshot', decision: null }, 'Updating');
    await t.advance(6 * MINUTE);
    expect(t.reasons()).toEqual(['SnapshotTaken', 'DockerUpgraded', 'DockerUpgradeCompleted']);
    expect(t.nodes().map((n) => n.status.dockerVersion)).toEqual([LATEST_DOCKER_VERSION, LATEST_DOCKER_VERSION]);
  });

  it.each([
    ['continue', ['SnapshotFailed', 'DockerUpgraded', 'DockerUpgradeCompleted'], LATEST_DOCKER_VERSION],
    ['quit', ['SnapshotFailed', 'DockerUpgradeQuit'], '17.03.1-ce'],
  ] as const)('waits after a failed snapshot, then follows %s', async (decision, expected, version) => {
    const t = await running();
    const failing = setup({ failureRate: 1 }, t.clock.now());
    for (const [key, value] of t.store.resources) failing.store.resources.set(key, value);
    failing.start({ kind: 'upgrade-docker', mode: 'snapshot', decision: null }, 'Updating');
    await failing.advance(30 * MINUTE);
    expect(failing.cluster()?.status.phase).toBe('Updating');
    expect(failing.reasons()).toEqual(['SnapshotFailed']);
    const c = failing.cluster()!;
    const operation = { kind: 'upgrade-docker' as const, mode: 'snapshot' as const, decision };
    // Continuing skips the failed snapshot; the upgrade itself may still fail at this rate, so continue at 0.
    const after = decision === 'continue' ? setup({}, failing.clock.now()) : failing;
    if (after !== failing) for (const [key, value] of failing.store.resources) after.store.resources.set(key, value);
    after.store.events.push(...(after === failing ? [] : failing.store.events));
    after.store.put('cluster', { ...c, spec: { ...c.spec, operation } }, 'cn-hangzhou');
    await after.advance(5 * MINUTE);
    expect(after.reasons()).toEqual(expected);
    expect(after.cluster()?.status).toMatchObject({ phase: 'Running', dockerVersion: version });
  });

  it('upgrades the chosen system services only', async () => {
    const t = await running();
    t.start({ kind: 'upgrade-system-services', services: ['acsrouting', 'acsvolumedriver'] }, 'Updating');
    await t.advance(3 * MINUTE);
    expect(t.cluster()?.status.systemServices).toEqual({
      acsrouting: '0.8',
      acslogging: '0.7',
      acsmonitoring: '0.7',
      acsvolumedriver: '0.8',
    });
  });

  it('clears the disks and reports what was freed, staying Running', async () => {
    const t = await running();
    t.start({ kind: 'clear-disk' }, 'Running');
    await t.advance(2 * MINUTE);
    expect(t.store.events.find((e) => e.reason === 'DiskCleared')?.message).toMatch(
      /^Clear Disk on 2 node\(s\) completed: removed \d+ unused image\(s\) and \d+ dangling volume director(y|ies), freed \d+\.\d\d GB\.$/,
    );
    expect(t.cluster()?.status.phase).toBe('Running');
  });
});

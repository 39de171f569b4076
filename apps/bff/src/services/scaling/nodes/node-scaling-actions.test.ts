import { describe, expect, it } from 'vitest';
import type { Node, NodeScalingRule } from '@cs/domain';
import { contractionCandidate, syncedWhitelists } from './node-scaling-actions.ts';

function node(
  index: number,
  overrides: { autoScaled?: boolean; tags?: Record<string, string>; phase?: Node['status']['phase'] } = {},
): Node {
  return {
    metadata: { id: `i-${index}`, name: `n${index}`, generation: 1, resourceVersion: 1, createdAt: '', updatedAt: '' },
    spec: {
      clusterId: 'c1',
      region: 'cn-hangzhou',
      instanceId: `i-${index}`,
      index,
      zone: 'cn-hangzhou-b',
      instanceType: 'ecs.n1.small',
      operatingSystem: 'Ubuntu 16.04 64-bit',
      chargeType: 'PayAsYouGo',
      origin: 'expanded',
      tags: overrides.tags ?? {},
      operation: null,
      ...(overrides.autoScaled ? { autoScaled: true } : {}),
    },
    status: {
      phase: overrides.phase ?? 'Normal',
      phaseSince: '',
      observedGeneration: 1,
      conditions: [],
      privateIp: `10.0.0.${index}`,
      publicIp: null,
      dockerVersion: '',
      agentVersion: '',
      reason: null,
    },
  };
}

describe('the node contraction removes', () => {
  it('only a node added by expansion or tagged aliyun.reschedule=true, the emptiest, the newest of equals', () => {
    const nodes = [
      node(1),
      node(2, { tags: { 'aliyun.reschedule': 'true' } }),
      node(3, { autoScaled: true }),
      node(4, { autoScaled: true }),
      node(5, { tags: { 'aliyun.reschedule': 'false' } }),
    ];
    expect(contractionCandidate(nodes, new Map())?.spec.index).toBe(4);
    const counts = new Map([
      ['i-2', 1],
      ['i-3', 5],
      ['i-4', 3],
    ]);
    expect(contractionCandidate(nodes, counts)?.spec.index).toBe(2);
    expect(
      contractionCandidate([node(1), node(5, { tags: { 'aliyun.reschedule': 'false' } })], new Map()),
    ).toBeUndefined();
  });

  it('never a node that is not Normal', () => {
    expect(contractionCandidate([node(3, { autoScaled: true, phase: 'Offline' })], new Map())).toBeUndefined();
  });
});

describe('the RDS white lists', () => {
  const rule = (rdsInstanceIds: string[], rdsWhitelists: Record<string, string[]>) =>
    ({ spec: { clusterId: 'c1', rdsInstanceIds }, status: { rdsWhitelists } }) as unknown as NodeScalingRule;

  it('hold the IPs of the Normal nodes auto scaling added, and say what was added', () => {
    const nodes = [node(1), node(2, { autoScaled: true }), node(3, { autoScaled: true, phase: 'Initial' })];
    const synced = syncedWhitelists(rule(['rm-a'], {}), nodes)!;
    expect(synced.whitelists).toEqual({ 'rm-a': ['10.0.0.2'] });
    expect(synced.event.message).toContain('10.0.0.2 to rm-a');
    expect(syncedWhitelists(rule(['rm-a'], { 'rm-a': ['10.0.0.2'] }), nodes)).toBeNull();
    expect(syncedWhitelists(rule([], {}), nodes)).toBeNull();
  });

  it('drop the IP of a removed node', () => {
    const synced = syncedWhitelists(rule(['rm-a'], { 'rm-a': ['10.0.0.2'] }), [node(1)])!;
    expect(synced.whitelists).toEqual({ 'rm-a': [] });
  });
});

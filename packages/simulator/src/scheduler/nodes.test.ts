import { INSTANCE_TYPES } from '@cs/domain';
import type { Node } from '@cs/domain';
import { describe, expect, it } from 'vitest';
import { schedulableNode } from './nodes.ts';

function node(phase: Node['status']['phase']): Node {
  const at = '2026-01-01T00:00:00.000Z';
  return {
    metadata: { id: 'i-bp1', name: 'c1-node2', generation: 1, resourceVersion: 1, createdAt: at, updatedAt: at },
    spec: {
      clusterId: 'c1',
      region: 'cn-hangzhou',
      instanceId: 'i-bp1',
      index: 2,
      zone: 'cn-hangzhou-d',
      instanceType: 'ecs.n1.large',
      operatingSystem: 'Ubuntu 16.04 64-bit',
      chargeType: 'PayAsYouGo',
      origin: 'created',
      tags: { group: '1' },
      operation: null,
    },
    status: {
      phase,
      phaseSince: at,
      observedGeneration: 1,
      conditions: [],
      privateIp: '10.0.0.2',
      publicIp: null,
      dockerVersion: '17.03.1-ce',
      agentVersion: '0.9',
      reason: null,
    },
  };
}

describe('schedulableNode', () => {
  const large = INSTANCE_TYPES.find((t) => t.id === 'ecs.n1.large');

  it('takes capacity from the instance type: 100 cpu_shares per core, memory in bytes', () => {
    if (!large) throw new Error('no ecs.n1.large');
    expect(schedulableNode(node('Normal'), large, 254)).toEqual({
      id: 'i-bp1',
      name: 'node2',
      index: 2,
      zone: 'cn-hangzhou-d',
      tags: { group: '1' },
      cpuShares: 400,
      memoryBytes: 8 * 1024 ** 3,
      schedulable: true,
      phase: 'Normal',
      addressCapacity: 254,
    });
  });

  it.each(['Initial', 'Offline', 'Removing', 'Resetting', 'Failed'] as const)(
    'a %s node is not schedulable',
    (phase) => {
      if (!large) throw new Error('no ecs.n1.large');
      expect(schedulableNode(node(phase), large, 254).schedulable).toBe(false);
    },
  );
});

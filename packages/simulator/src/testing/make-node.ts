import type { Node, NodeOperation } from '@cs/domain';

const EPOCH = new Date(Date.UTC(2026, 0, 1)).toISOString();

/** Node `index` of a cluster: Normal, or Removing / Resetting when given an operation. */
export function makeNode(index: number, operation: NodeOperation | null = null, clusterId = 'c1'): Node {
  const id = `i-node${index}`;
  return {
    metadata: {
      id,
      name: `${clusterId}-node${index}`,
      generation: 1,
      resourceVersion: 1,
      createdAt: EPOCH,
      updatedAt: EPOCH,
    },
    spec: {
      clusterId,
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

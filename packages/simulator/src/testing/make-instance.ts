import type { Instance } from '@cs/domain';

const EPOCH = new Date(Date.UTC(2026, 0, 1)).toISOString();

/** An ECS instance of the account, outside any cluster unless told otherwise. */
export function makeInstance(
  id: string,
  overrides: { spec?: Partial<Instance['spec']>; status?: Partial<Instance['status']> } = {},
): Instance {
  return {
    metadata: { id, name: `web-${id}`, generation: 1, resourceVersion: 1, createdAt: EPOCH, updatedAt: EPOCH },
    spec: {
      region: 'cn-hangzhou',
      zone: 'cn-hangzhou-d',
      networkType: 'classic',
      vpcId: null,
      instanceType: 'ecs.n1.medium',
      operatingSystem: 'Ubuntu 16.04 64-bit',
      kernelVersion: '4.4.0',
      chargeType: 'Subscription',
      ...overrides.spec,
    },
    status: {
      phase: 'Running',
      phaseSince: EPOCH,
      observedGeneration: 1,
      conditions: [],
      privateIp: '10.24.1.7',
      publicIp: '47.96.1.7',
      clusterId: null,
      ...overrides.status,
    },
  };
}

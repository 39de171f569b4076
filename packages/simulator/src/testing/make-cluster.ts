import { INITIAL_AGENT_VERSION, INITIAL_DOCKER_VERSION } from '@cs/domain';
import type { Cluster } from '@cs/domain';

const EPOCH = new Date(Date.UTC(2026, 0, 1)).toISOString();

/** A cluster as the BFF stores it on creation: Initial, no conditions yet. */
export function makeCluster(
  overrides: { spec?: Partial<Cluster['spec']>; status?: Partial<Cluster['status']>; name?: string } = {},
): Cluster {
  return {
    metadata: {
      id: 'c0123456789abcdef0123456789abcdef',
      name: overrides.name ?? 'demo',
      generation: 1,
      resourceVersion: 1,
      createdAt: EPOCH,
      updatedAt: EPOCH,
    },
    spec: {
      region: 'cn-hangzhou',
      zone: 'cn-hangzhou-b',
      networkType: 'classic',
      vpc: null,
      nodes: {
        quantity: 2,
        instanceType: 'ecs.n1.small',
        operatingSystem: 'Ubuntu 16.04 64-bit',
        systemDiskType: 'cloud_efficiency',
        dataDisk: null,
        eip: true,
        cloudMonitorPlugin: false,
        addToRdsWhitelist: false,
      },
      createSlb: true,
      deletion: null,
      rootDomain: null,
      boundSlbId: null,
      operation: null,
      ...overrides.spec,
    },
    status: {
      phase: 'Initial',
      phaseSince: EPOCH,
      observedGeneration: 1,
      conditions: [],
      resources: { securityGroupId: null, securityGroupRules: [], slbId: null },
      dockerVersion: INITIAL_DOCKER_VERSION,
      agentVersion: INITIAL_AGENT_VERSION,
      systemServices: { acsrouting: '0.7', acslogging: '0.7', acsmonitoring: '0.7', acsvolumedriver: '0.7' },
      reason: null,
      ...overrides.status,
    },
  };
}

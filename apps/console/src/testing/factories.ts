import type { ClusterDto, InstanceDto, NodeDto } from '@cs/contracts';

type DeepPartialStatus<T extends { metadata: unknown; spec: unknown; status: unknown }> = {
  metadata?: Partial<T['metadata']>;
  spec?: Partial<T['spec']>;
  status?: Partial<T['status']>;
};

const META = {
  generation: 1,
  resourceVersion: 1,
  createdAt: '2026-11-27T08:00:00.000Z',
  updatedAt: '2026-11-27T08:00:00.000Z',
};

/** A Running two-node VPC cluster as the API answers it; override what a test is about. */
export function makeCluster(overrides: DeepPartialStatus<ClusterDto> = {}): ClusterDto {
  return {
    metadata: { id: 'c0123456789abcdef0123456789abcdef', name: 'demo', ...META, ...overrides.metadata },
    spec: {
      region: 'cn-hangzhou',
      zone: 'cn-hangzhou-b',
      networkType: 'vpc',
      vpc: {
        vpcId: 'vpc-bp1659u1p811058ea3npd',
        vswitchId: 'vsw-bp1kqhfcl2tj1oq3yxmd8',
        containerCidr: '172.18.0.0/16',
      },
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
      phase: 'Running',
      phaseSince: META.createdAt,
      observedGeneration: 1,
      conditions: [],
      resources: {
        securityGroupId: 'sg-bp1aaaaaaaaaaaaaaaaa',
        securityGroupRules: [],
        slbId: 'lb-bp1bbbbbbbbbbbbbbbbb',
        dockerEndpoint: 'tcp://47.96.1.2:2376',
      },
      dockerVersion: '17.03.1-ce',
      agentVersion: '0.10-a3b4c51',
      systemServices: {
        acsrouting: '0.9-fa2b0c1',
        acslogging: '0.9-cd11aa2',
        acsmonitoring: '0.9-3e2f0d9',
        acsvolumedriver: '0.9-77ab1c0',
      },
      reason: null,
      nodeCount: 2,
      nodeHealth: 'Healthy',
      ...overrides.status,
    },
  };
}

/** A Normal node of `makeCluster()`'s cluster. */
export function makeNode(overrides: DeepPartialStatus<NodeDto> = {}): NodeDto {
  return {
    metadata: { id: 'n-1', name: 'c0123456789abcdef0123456789abcdef-node1', ...META, ...overrides.metadata },
    spec: {
      clusterId: 'c0123456789abcdef0123456789abcdef',
      region: 'cn-hangzhou',
      instanceId: 'i-bp1e53wf4nduuju249c1',
      index: 1,
      zone: 'cn-hangzhou-b',
      instanceType: 'ecs.n1.small',
      operatingSystem: 'Ubuntu 16.04 64-bit',
      chargeType: 'PayAsYouGo',
      origin: 'created',
      tags: {},
      operation: null,
      ...overrides.spec,
    },
    status: {
      phase: 'Normal',
      phaseSince: META.createdAt,
      observedGeneration: 1,
      conditions: [],
      privateIp: '192.168.1.10',
      publicIp: '47.96.1.10',
      dockerVersion: '17.03.1-ce',
      agentVersion: '0.10-a3b4c51',
      reason: null,
      containerCount: 3,
      cpu: 1,
      memoryGiB: 2,
      ...overrides.status,
    },
  };
}

/** A Running ECS instance in no cluster, in the region and VPC of `makeCluster()`. */
export function makeInstance(overrides: DeepPartialStatus<InstanceDto> = {}): InstanceDto {
  return {
    metadata: { id: 'i-bp1free0000000000001', name: 'web-1', ...META, ...overrides.metadata },
    spec: {
      region: 'cn-hangzhou',
      zone: 'cn-hangzhou-b',
      networkType: 'vpc',
      vpcId: 'vpc-bp1659u1p811058ea3npd',
      instanceType: 'ecs.n1.small',
      operatingSystem: 'Ubuntu 16.04 64-bit',
      kernelVersion: '4.4.0',
      chargeType: 'Subscription',
      ...overrides.spec,
    },
    status: {
      phase: 'Running',
      phaseSince: META.createdAt,
      observedGeneration: 1,
      conditions: [],
      privateIp: '192.168.1.50',
      publicIp: '47.96.1.50',
      clusterId: null,
      ...overrides.status,
    },
  };
}

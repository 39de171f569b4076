import { ConflictError } from '@cs/domain';
import type { Instance, InstancePhase } from '@cs/domain';
import type { InstanceDto } from '@cs/contracts';
import type { Store } from '../store/store.ts';

type Seed = Pick<
  Instance['spec'],
  'region' | 'zone' | 'networkType' | 'vpcId' | 'instanceType' | 'operatingSystem' | 'kernelVersion' | 'chargeType'
> & {
  id: string;
  name: string;
  privateIp: string;
  publicIp: string | null;
};

/**
 * The ECS instances the demo account already owns, outside any cluster: subscription and
 * Pay-As-You-Go, classic and VPC, one with a kernel too old and one without a public IP, so every
 * path of Add Existing Instances can be tried.
 */
const INVENTORY: Seed[] = [
  {
    id: 'i-bp1e53wf4nduuju249c1',
    name: 'web-server-01',
    region: 'cn-hangzhou',
    zone: 'cn-hangzhou-b',
    networkType: 'classic',
    vpcId: null,
    instanceType: 'ecs.n1.medium',
    operatingSystem: 'Ubuntu 16.04 64-bit',
    kernelVersion: '4.4.0',
    chargeType: 'Subscription',
    privateIp: '10.46.71.12',
    publicIp: '47.96.21.88',
  },
  {
    id: 'i-bp17ttsrmc3o0g5kbc0w',
    name: 'web-server-02',
    region: 'cn-hangzhou',
    zone: 'cn-hangzhou-d',
    networkType: 'classic',
    vpcId: null,
    instanceType: 'ecs.n1.small',
    operatingSystem: 'CentOS 7.0 64-bit',
    kernelVersion: '3.10.0',
    chargeType: 'Subscription',
    privateIp: '10.46.72.40',
    publicIp: '47.96.22.17',
  },
  {
    id: 'i-bp1b3qe0cb6wd8w3jv2v',
    name: 'batch-worker',
    region: 'cn-hangzhou',
    zone: 'cn-hangzhou-e',
    networkType: 'classic',
    vpcId: null,
    instanceType: 'ecs.n2.medium',
    operatingSystem: 'Ubuntu 14.04 64-bit',
    kernelVersion: '4.4.0',
    chargeType: 'PayAsYouGo',
    privateIp: '10.46.80.3',
    publicIp: '47.96.30.4',
  },
  {
    id: 'i-bp1c8rmb2ifw6q9m3gnh',
    name: 'vpc-app-01',
    region: 'cn-hangzhou',
    zone: 'cn-hangzhou-b',
    networkType: 'vpc',
    vpcId: 'vpc-bp1659u1p811058ea3npd',
    instanceType: 'ecs.sn1.medium',
    operatingSystem: 'Ubuntu 16.04 64-bit',
    kernelVersion: '4.4.0',
    chargeType: 'Subscription',
    privateIp: '192.168.1.21',
    publicIp: '47.98.1.21',
  },
  {
    id: 'i-bp1f0s2nbm0wv7s7h4xe',
    name: 'vpc-app-02',
    region: 'cn-hangzhou',
    zone: 'cn-hangzhou-d',
    networkType: 'vpc',
    vpcId: 'vpc-bp1659u1p811058ea3npd',
    instanceType: 'ecs.sn1.medium',
    operatingSystem: 'CentOS 7.0 64-bit',
    kernelVersion: '4.4.0',
    chargeType: 'Subscription',
    privateIp: '192.168.2.9',
    publicIp: null,
  },
  {
    id: 'i-2ze0y6xjwzvb1s8o7mvn',
    name: 'bj-classic-01',
    region: 'cn-beijing',
    zone: 'cn-beijing-a',
    networkType: 'classic',
    vpcId: null,
    instanceType: 'ecs.n1.medium',
    operatingSystem: 'Ubuntu 16.04 64-bit',
    kernelVersion: '4.4.0',
    chargeType: 'Subscription',
    privateIp: '10.25.3.7',
    publicIp: '39.106.4.12',
  },
  {
    id: 'i-2zeb2k0m6d1lq9ahd7u3',
    name: 'bj-vpc-01',
    region: 'cn-beijing',
    zone: 'cn-beijing-c',
    networkType: 'vpc',
    vpcId: 'vpc-2zeg8eu2lm6xz1lq6bs1s',
    instanceType: 'ecs.n2.large',
    operatingSystem: 'Ubuntu 16.04 64-bit',
    kernelVersion: '4.4.0',
    chargeType: 'PayAsYouGo',
    privateIp: '172.16.2.30',
    publicIp: '39.106.9.90',
  },
];

/** ECS instances of the account: the seeded inventory plus those the simulated cloud created. */
export class InstanceService {
  constructor(
    private readonly store: Store,
    private readonly now: () => number,
  ) {}

  /** Creates the inventory on a store that has never held an instance; a no-op afterwards, or when another replica did it. */
  async seed(): Promise<void> {
    if ((await this.store.resources.countByKindAndPhase()).some((r) => r.kind === 'instance')) return;
    const since = new Date(this.now()).toISOString();
    try {
      await this.store.resources.applyChanges({
        creates: INVENTORY.map(({ id, name, privateIp, publicIp, ...spec }) => ({
          kind: 'instance',
          id,
          name,
          scope: spec.region,
          spec,
          status: {
            phase: 'Running' as InstancePhase,
            phaseSince: since,
            observedGeneration: 1,
            conditions: [],
            privateIp,
            publicIp,
            clusterId: null,
          },
        })),
        events: [],
      });
    } catch (error) {
      // Another replica seeded it first.
      if (!(error instanceof ConflictError)) throw error;
    }
  }

  async list(query: {
    region?: string;
    networkType?: 'classic' | 'vpc';
    vpcId?: string;
    available: boolean;
    page: number;
    pageSize: number;
  }): Promise<{ items: InstanceDto[]; total: number }> {
    const all = query.region
      ? await this.store.resources.listInScope<Instance>('instance', query.region)
      : await this.store.resources.listAll<Instance>('instance');
    const matching = all
      .sort((a, b) => a.metadata.name.localeCompare(b.metadata.name))
      .filter(
        (i) =>
          (!query.networkType || i.spec.networkType === query.networkType) &&
          (!query.vpcId || i.spec.vpcId === query.vpcId) &&
          (!query.available || i.status.clusterId === null),
      );
    const start = (query.page - 1) * query.pageSize;
    return { items: matching.slice(start, start + query.pageSize), total: matching.length };
  }

  get(id: string): Promise<Instance> {
    return this.store.resources.get<Instance>('instance', id);
  }
}

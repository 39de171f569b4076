import { randomBytes } from 'node:crypto';
import {
  ConflictError,
  InputError,
  LOAD_BALANCERS,
  clusterLoadBalancer,
  findRegion,
  newLoadBalancer,
} from '@cs/domain';
import type { Cluster, LoadBalancer } from '@cs/domain';
import type { LoadBalancerCreateRequest, LoadBalancerDetailDto, LoadBalancerDto } from '@cs/contracts';
import type { Store } from '../../store/store.ts';
import { backendServersOf } from './backend-servers.ts';
import { toLoadBalancerDto } from './load-balancer-views.ts';

/** Names of this form belong to the instances created with clusters (`acs-slb-<cluster id>`). */
const RESERVED_PREFIX = 'acs-slb-';

export interface LoadBalancerServiceOptions {
  /** Where the instance really listens on this machine (the SLB listeners serve it); null when nowhere. */
  endpointOf?: (lb: LoadBalancer) => Promise<string | null>;
}

const regionName = (region: string) => findRegion(region)?.name ?? region;
const newLoadBalancerId = () => `lb-${randomBytes(10).toString('hex')}`;

/** Server Load Balancer instances: the account's, those created with clusters, and those made in the console. */
export class LoadBalancerService {
  private readonly endpointOf: (lb: LoadBalancer) => Promise<string | null>;

  constructor(
    private readonly store: Store,
    private readonly now: () => number,
    options: LoadBalancerServiceOptions = {},
  ) {
    this.endpointOf = options.endpointOf ?? (async () => null);
  }

  private at(): string {
    return new Date(this.now()).toISOString();
  }

  /**
   * Stores the account's own instances, and the instance of every cluster whose store predates
   * load-balancer resources; idempotent, and harmless when another replica does it at once.
   */
  async seed(): Promise<void> {
    const at = this.at();
    const account = LOAD_BALANCERS.map(({ id, name, region, addressType }) =>
      newLoadBalancer(
        id,
        name,
        { region, addressType, networkType: 'classic', listeners: [], origin: 'account', clusterId: null },
        at,
      ),
    );
    const clusters = await this.store.resources.listAll<Cluster>('cluster');
    const ofClusters = clusters.flatMap((c) =>
      c.status.resources.slbId
        ? [clusterLoadBalancer({ id: c.metadata.id, ...c.spec }, c.status.resources.slbId, at)]
        : [],
    );
    for (const creation of [...account, ...ofClusters]) {
      if (await this.store.resources.find('load-balancer', creation.id)) continue;
      try {
        await this.store.resources.applyChanges({ creates: [creation], events: [] });
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
      }
    }
  }

  async list(query: {
    region?: string;
    name?: string;
    page: number;
    pageSize: number;
  }): Promise<{ items: LoadBalancerDto[]; total: number }> {
    const byId = query.name ? await this.store.resources.find<LoadBalancer>('load-balancer', query.name) : undefined;
    if (byId && (!query.region || byId.spec.region === query.region)) return { items: [byId], total: 1 };
    const { items, total } = await this.store.resources.list<LoadBalancer>('load-balancer', {
      scope: query.region,
      nameContains: query.name,
      page: query.page,
      pageSize: query.pageSize,
    });
    return { items: items.map(toLoadBalancerDto), total };
  }

  get(id: string): Promise<LoadBalancer> {
    return this.store.resources.get<LoadBalancer>('load-balancer', id);
  }

  /** The clusters of the instance's region using it: created with it, or bound in Load Balancer Settings. */
  private async usedBy(lb: LoadBalancer): Promise<LoadBalancerDetailDto['usedBy']> {
    const clusters = await this.store.resources.listInScope<Cluster>('cluster', lb.spec.region);
    return clusters.flatMap((c) => {
      const how =
        c.status.resources.slbId === lb.metadata.id ? 'created' : c.spec.boundSlbId === lb.metadata.id ? 'bound' : null;
      return how ? [{ clusterId: c.metadata.id, clusterName: c.metadata.name, how }] : [];
    });
  }

  async detail(id: string): Promise<LoadBalancerDetailDto> {
    const lb = await this.get(id);
    return { ...toLoadBalancerDto(lb), endpoint: await this.endpointOf(lb), usedBy: await this.usedBy(lb) };
  }

  /** Backend servers: the nodes services bound to the instance with `aliyun.lb.port_*`. */
  async backendServers(id: string, page: { page: number; pageSize: number }) {
    return backendServersOf(this.store, await this.get(id), page);
  }

  /** The instance an `aliyun.lb.port_*` label names in `region`, by id or by name; undefined when none. */
  async resolve(region: string, nameOrId: string): Promise<LoadBalancer | undefined> {
    const byId = await this.store.resources.find<LoadBalancer>('load-balancer', nameOrId);
    if (byId) return byId.spec.region === region ? byId : undefined;
    const inRegion = await this.store.resources.listInScope<LoadBalancer>('load-balancer', region);
    return inRegion.find((lb) => lb.metadata.name === nameOrId);
  }

  private assertNameFree(name: string): void {
    if (name.startsWith(RESERVED_PREFIX))
      throw new InputError([
        {
          field: 'name',
          message: `Names starting with ${RESERVED_PREFIX} are kept for the instances created with clusters.`,
        },
      ]);
  }

  private nameTaken(name: string, region: string): string {
    return `A Server Load Balancer named ${name} already exists in ${regionName(region)}.`;
  }

  async create(input: Required<LoadBalancerCreateRequest>): Promise<LoadBalancerDto> {
    this.assertNameFree(input.name);
    const { id, name, scope, spec, status } = newLoadBalancer(
      newLoadBalancerId(),
      input.name,
      {
        region: input.region,
        addressType: input.addressType,
        networkType: input.networkType,
        listeners: [],
        origin: 'console',
        clusterId: null,
      },
      this.at(),
    );
    const created = await this.store.resources.create(
      'load-balancer',
      { id, name, scope, spec, status },
      { nameTaken: this.nameTaken(name, input.region) },
    );
    return toLoadBalancerDto(created);
  }

  /** Edit Load Balancer Name; the instance of a cluster keeps the name the cluster gave it while the cluster exists. */
  async rename(id: string, name: string, resourceVersion: number): Promise<LoadBalancerDto> {
    const lb = await this.get(id);
    if (name === lb.metadata.name) return toLoadBalancerDto(lb);
    this.assertNameFree(name);
    if ((await this.usedBy(lb)).some((u) => u.how === 'created'))
      throw new ConflictError(
        `${lb.metadata.name} was created with its cluster and keeps its name while the cluster exists.`,
      );
    const renamed = await this.store.resources.rename<LoadBalancer>(
      'load-balancer',
      id,
      resourceVersion,
      name,
      this.nameTaken(name, lb.spec.region),
    );
    return toLoadBalancerDto(renamed);
  }

  /** Refused while a cluster uses the instance: it was created with it, or it is bound in Load Balancer Settings. */
  async delete(id: string): Promise<void> {
    const lb = await this.get(id);
    const [user] = await this.usedBy(lb);
    if (user) {
      const how =
        user.how === 'created'
          ? `was created with cluster ${user.clusterName} and is released when the cluster is deleted`
          : `is bound to cluster ${user.clusterName}: unbind it in the cluster's Load Balancer Settings first`;
      throw new ConflictError(`Server Load Balancer ${lb.metadata.name} ${how}.`);
    }
    await this.store.resources.applyChanges({
      removes: [{ kind: 'load-balancer', id, expectedVersion: lb.metadata.resourceVersion }],
      events: [],
    });
  }
}

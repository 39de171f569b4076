import { randomBytes } from 'node:crypto';
import {
  ConflictError,
  INITIAL_AGENT_VERSION,
  INITIAL_DOCKER_VERSION,
  InputError,
  SYSTEM_SERVICE_VERSIONS,
  clusterActionProblem,
  clusterSizeMessage,
  findRegion,
  quotaMessage,
} from '@cs/domain';
import type { Cluster, ClusterAction, NewEvent, Node, Quotas } from '@cs/domain';
import type { ClusterCreateInput, ClusterDto } from '@cs/contracts';
import type { Store } from '../store/store.ts';
import { nodePhasesByCluster, toClusterDto } from './cluster-views.ts';
import type { EventPage, EventPageQuery } from '../store/event-store.ts';

/** "c" and 32 hex digits, as the guide's cluster ids look. */
function newClusterId(): string {
  return `c${randomBytes(16).toString('hex')}`;
}

export function clusterEvent(id: string, reason: string, message: string, level: NewEvent['level'] = 'Info'): NewEvent {
  return { clusterId: id, resourceKind: 'cluster', resourceId: id, level, reason, message };
}

/** Refuses, with the reason, an action the cluster's phase or running operation does not allow. */
export function assertActionAllowed(cluster: Cluster, action: ClusterAction): void {
  const problem = clusterActionProblem(cluster.status.phase, action);
  if (problem) throw new ConflictError(problem);
  if (cluster.spec.operation && action !== 'delete') {
    throw new ConflictError(`The cluster is busy: ${cluster.spec.operation.kind} is in progress. Wait until it ends.`);
  }
}

/** What the API does with clusters; the simulator carries requests out. */
export class ClusterService {
  constructor(
    private readonly store: Store,
    private readonly now: () => number,
    private readonly quotas: Quotas,
    /** The address the clusters' Docker endpoints are advertised at (`tcp://HOST:PORT`). */
    private readonly dockerHost: string,
  ) {}

  private async dockerEndpoints(ids: readonly string[]): Promise<Map<string, string>> {
    const ports = await this.store.dockerEndpoints.portsOf(ids);
    return new Map([...ports].map(([id, port]) => [id, `tcp://${this.dockerHost}:${port}`]));
  }

  async list(query: {
    name?: string;
    page: number;
    pageSize: number;
  }): Promise<{ items: ClusterDto[]; total: number }> {
    const [page, phases] = await Promise.all([
      this.store.resources.list<Cluster>('cluster', {
        nameContains: query.name,
        page: query.page,
        pageSize: query.pageSize,
      }),
      nodePhasesByCluster(this.store),
    ]);
    const endpoints = await this.dockerEndpoints(page.items.map((c) => c.metadata.id));
    return {
      items: page.items.map((c) =>
        toClusterDto(c, phases.get(c.metadata.id) ?? [], endpoints.get(c.metadata.id) ?? null),
      ),
      total: page.total,
    };
  }

  get(id: string): Promise<Cluster> {
    return this.store.resources.get<Cluster>('cluster', id);
  }

  async view(cluster: Cluster): Promise<ClusterDto> {
    const [nodes, endpoints] = await Promise.all([
      this.store.resources.listInScope<Node>('node', cluster.metadata.id),
      this.dockerEndpoints([cluster.metadata.id]),
    ]);
    return toClusterDto(
      cluster,
      nodes.map((n) => n.status.phase),
      endpoints.get(cluster.metadata.id) ?? null,
    );
  }

  async getView(id: string): Promise<ClusterDto> {
    return this.view(await this.get(id));
  }

  /** Records the request as a cluster in Initial; the logon password is used, never stored. */
  async create(input: ClusterCreateInput): Promise<ClusterDto> {
    const { nodesPerCluster } = this.quotas;
    if (input.nodes && input.nodes.quantity > nodesPerCluster)
      throw new InputError([{ field: 'nodes.quantity', message: clusterSizeMessage(nodesPerCluster) }]);
    const id = newClusterId();
    const {
      password: _password,
      confirmPassword: _confirm,
      ...nodes
    } = input.nodes ?? { password: '', confirmPassword: '' };
    const spec: Cluster['spec'] = {
      region: input.region,
      zone: input.zone,
      networkType: input.networkType,
      vpc: input.vpc,
      nodes: input.nodes ? (nodes as NonNullable<Cluster['spec']['nodes']>) : null,
      createSlb: input.createSlb,
      deletion: null,
      rootDomain: null,
      boundSlbId: null,
      operation: null,
    };
    const initial = SYSTEM_SERVICE_VERSIONS.initial;
    const status: Cluster['status'] = {
      phase: 'Initial',
      phaseSince: new Date(this.now()).toISOString(),
      observedGeneration: 1,
      conditions: [],
      resources: { securityGroupId: null, securityGroupRules: [], slbId: null },
      dockerVersion: INITIAL_DOCKER_VERSION,
      agentVersion: INITIAL_AGENT_VERSION,
      systemServices: { acsrouting: initial, acslogging: initial, acsmonitoring: initial, acsvolumedriver: initial },
      reason: null,
    };
    const regionName = findRegion(input.region)?.name ?? input.region;
    const created = await this.store.resources.create(
      'cluster',
      { id, name: input.name, scope: input.region, spec, status },
      {
        quota: { max: this.quotas.clusters, message: quotaMessage(this.quotas) },
        nameTaken: `A cluster named ${input.name} already exists in ${regionName}.`,
        events: [clusterEvent(id, 'ClusterCreating', `Start to create cluster ${input.name}.`)],
      },
    );
    return toClusterDto(created, [], null);
  }

  /** Moves the cluster to Deleting; the simulator releases its resources and removes it. */
  async delete(id: string, keepSlb: boolean): Promise<ClusterDto> {
    const cluster = await this.get(id);
    assertActionAllowed(cluster, 'delete');
    const message = keepSlb
      ? `Start to delete cluster ${cluster.metadata.name}, keeping its Server Load Balancer.`
      : `Start to delete cluster ${cluster.metadata.name}.`;
    const updated = await this.store.resources.update<Cluster>(
      'cluster',
      id,
      cluster.metadata.resourceVersion,
      (current) => ({
        spec: { ...current.spec, deletion: { keepSlb }, operation: null },
        status: { ...current.status, phase: 'Deleting', phaseSince: new Date(this.now()).toISOString(), reason: null },
      }),
      [clusterEvent(id, 'ClusterDeleting', message)],
    );
    return this.view(updated);
  }

  async events(id: string, query: EventPageQuery): Promise<EventPage> {
    await this.get(id);
    return this.store.events.listForCluster(id, query);
  }
}

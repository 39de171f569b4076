import { randomBytes } from 'node:crypto';
import { MAX_CLUSTERS, clusterActionProblem, findRegion, ConflictError } from '@cs/domain';
import type { Cluster, ClusterAction, NewEvent, StoredEvent } from '@cs/domain';
import type { ClusterCreateInput } from '@cs/contracts';
import type { Store } from '../store/store.ts';

const QUOTA_MESSAGE = `You can create up to ${MAX_CLUSTERS} clusters and can add up to 20 nodes in each cluster.`;

/** "c" and 32 hex digits, as the guide's cluster ids look. */
function newClusterId(): string {
  return `c${randomBytes(16).toString('hex')}`;
}

function clusterEvent(id: string, reason: string, message: string): NewEvent {
  return { clusterId: id, resourceKind: 'cluster', resourceId: id, level: 'Info', reason, message };
}

function assertActionAllowed(cluster: Cluster, action: ClusterAction): void {
  const problem = clusterActionProblem(cluster.status.phase, action);
  if (problem) throw new ConflictError(problem);
}

/** What the API does with clusters; the simulator carries requests out. */
export class ClusterService {
  constructor(
    private readonly store: Store,
    private readonly now: () => number,
  ) {}

  list(query: { name?: string; page: number; pageSize: number }) {
    return this.store.resources.list<Cluster>('cluster', {
      nameContains: query.name,
      page: query.page,
      pageSize: query.pageSize,
    });
  }

  get(id: string): Promise<Cluster> {
    return this.store.resources.get<Cluster>('cluster', id);
  }

  /** Records the request as a cluster in Initial; the logon password is used, never stored. */
  async create(input: ClusterCreateInput): Promise<Cluster> {
    const id = newClusterId();
    const since = new Date(this.now()).toISOString();
    const spec: Cluster['spec'] = {
      region: input.region,
      zone: input.zone,
      networkType: input.networkType,
      vpc: input.vpc,
      nodes: input.nodes && {
        quantity: input.nodes.quantity,
        instanceType: input.nodes.instanceType,
        operatingSystem: input.nodes.operatingSystem,
      },
      createSlb: input.createSlb,
      deletion: null,
    };
    const status: Cluster['status'] = {
      phase: 'Initial',
      phaseSince: since,
      observedGeneration: 1,
      conditions: [],
      nodeCount: 0,
      dockerVersion: '',
      agentVersion: '',
      reason: null,
    };
    const regionName = findRegion(input.region)?.name ?? input.region;
    return this.store.resources.create(
      'cluster',
      { id, name: input.name, scope: input.region, spec, status },
      {
        quota: { max: MAX_CLUSTERS, message: QUOTA_MESSAGE },
        nameTaken: `A cluster named ${input.name} already exists in ${regionName}.`,
        events: [clusterEvent(id, 'ClusterCreating', `Start to create cluster ${input.name}.`)],
      },
    );
  }

  /** Moves the cluster to Deleting; the simulator releases its resources and removes it. */
  async delete(id: string, keepSlb: boolean): Promise<Cluster> {
    const cluster = await this.get(id);
    assertActionAllowed(cluster, 'delete');
    const since = new Date(this.now()).toISOString();
    const message = keepSlb
      ? `Start to delete cluster ${cluster.metadata.name}, keeping its Server Load Balancer.`
      : `Start to delete cluster ${cluster.metadata.name}.`;
    return this.store.resources.update<Cluster>(
      'cluster',
      id,
      cluster.metadata.resourceVersion,
      (current) => ({
        spec: { ...current.spec, deletion: { keepSlb } },
        status: { ...current.status, phase: 'Deleting', phaseSince: since, reason: null },
      }),
      [clusterEvent(id, 'ClusterDeleting', message)],
    );
  }

  async events(id: string, page: number, pageSize: number): Promise<{ items: StoredEvent[]; total: number }> {
    await this.get(id);
    return this.store.events.listForCluster(id, page, pageSize);
  }
}

import { ConflictError, RAM_NOT_ACTIVATED } from '@cs/domain';
import type { Cluster, Resource, ResourceStatus } from '@cs/domain';
import type { ClusterDto } from '@cs/contracts';
import type { Store } from '../../../store/store.ts';
import { clusterEvent } from '../../cluster-service.ts';
import type { ClusterService } from '../../cluster-service.ts';

type RamService = Resource<{ activated: boolean }, ResourceStatus<'Activated' | 'NotActivated'>>;
const RAM_SERVICE_ID = 'ram';
const WRITE_ATTEMPTS = 3;

/**
 * The account's RAM service (activated unless the simulation panel switched it off, ADR 027) and
 * each cluster's More > Update RAM Authorization Information, which node auto scaling needs.
 */
export class RamAuthorization {
  constructor(
    private readonly store: Store,
    private readonly clusters: ClusterService,
    private readonly now: () => number,
  ) {}

  async activated(): Promise<boolean> {
    const found = await this.store.resources.find<RamService>('ram-service', RAM_SERVICE_ID);
    return found?.spec.activated ?? true;
  }

  /** The simulation panel's switch, for the guide's error path. */
  async setActivated(activated: boolean): Promise<boolean> {
    const found = await this.store.resources.find<RamService>('ram-service', RAM_SERVICE_ID);
    const status = {
      phase: activated ? ('Activated' as const) : ('NotActivated' as const),
      phaseSince: new Date(this.now()).toISOString(),
      observedGeneration: 1,
      conditions: [],
    };
    if (!found) {
      await this.store.resources.create<RamService['spec'], RamService['status']>(
        'ram-service',
        { id: RAM_SERVICE_ID, name: 'RAM', scope: 'account', spec: { activated }, status },
        { nameTaken: 'The RAM service is already recorded.' },
      );
    } else if (found.spec.activated !== activated) {
      await this.store.resources.update<RamService>(
        'ram-service',
        RAM_SERVICE_ID,
        found.metadata.resourceVersion,
        () => ({
          spec: { activated },
          status,
        }),
      );
    }
    return activated;
  }

  /** Records when the cluster's RAM authorization was updated; refused while the RAM service is not activated. */
  async update(clusterId: string): Promise<ClusterDto> {
    const cluster = await this.clusters.get(clusterId);
    if (cluster.status.phase === 'Deleting' || cluster.status.phase === 'Deleted')
      throw new ConflictError(`The cluster is ${cluster.status.phase}; its RAM authorization cannot be updated.`);
    if (!(await this.activated())) throw new ConflictError(RAM_NOT_ACTIVATED);
    const at = new Date(this.now()).toISOString();
    const event = clusterEvent(
      clusterId,
      'RamAuthorizationUpdated',
      `Update RAM authorization information of cluster ${cluster.metadata.name} completed.`,
    );
    // The simulator writes the cluster too (a node's heartbeat, an operation's step): read again and retry.
    for (let attempt = 1; ; attempt++) {
      const current = attempt === 1 ? cluster : await this.clusters.get(clusterId);
      try {
        const updated = await this.store.resources.update<Cluster>(
          'cluster',
          clusterId,
          current.metadata.resourceVersion,
          (c) => ({ status: { ...c.status, ramAuthorizedAt: at } }),
          [event],
        );
        return await this.clusters.view(updated);
      } catch (error) {
        if (!(error instanceof ConflictError) || attempt >= WRITE_ATTEMPTS) throw error;
      }
    }
  }
}

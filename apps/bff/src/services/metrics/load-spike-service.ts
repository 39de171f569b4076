import type { LoadSpikeDto } from '@cs/contracts';
import type { Cluster, Service } from '@cs/domain';
import { serviceEvent } from '@cs/simulator';
import { randomUUID } from 'node:crypto';
import type { LoadSpikeStore, StoredLoadSpike } from '../../store/load-spike-store.ts';
import type { Store } from '../../store/store.ts';

const LISTED = 100;

const toDto = (spike: StoredLoadSpike): LoadSpikeDto => ({
  id: spike.id,
  clusterId: spike.cluster_id,
  serviceId: spike.service_id,
  serviceName: spike.service_name,
  factor: spike.factor,
  startsAt: spike.starts_at,
  endsAt: spike.ends_at,
});

/** The simulation panel's load spikes: recorded windows that multiply a service's traffic. */
export class LoadSpikeService {
  constructor(
    private readonly store: Store,
    private readonly spikes: LoadSpikeStore,
    private readonly now: () => number,
  ) {}

  /** Starts a spike now, with the service event the Events tab shows. */
  async start(request: { serviceId: string; factor: number; minutes: number }): Promise<LoadSpikeDto> {
    const service = await this.store.resources.get<Service>('service', request.serviceId);
    const start = this.now();
    const spike: StoredLoadSpike = {
      id: `ls-${randomUUID()}`,
      cluster_id: service.spec.clusterId,
      service_id: service.metadata.id,
      service_name: service.metadata.name,
      factor: request.factor,
      starts_at: new Date(start).toISOString(),
      ends_at: new Date(start + request.minutes * 60_000).toISOString(),
    };
    const duration = request.minutes === 1 ? '1 minute' : `${request.minutes} minutes`;
    await this.spikes.record(
      spike,
      serviceEvent(
        service,
        'Warning',
        'LoadSpike',
        `Load spike x${request.factor} on service ${service.metadata.name} for ${duration}.`,
      ),
    );
    return toDto(spike);
  }

  async list(clusterId: string): Promise<{ items: LoadSpikeDto[]; total: number }> {
    await this.store.resources.get<Cluster>('cluster', clusterId);
    const items = (await this.spikes.list(clusterId, LISTED)).map(toDto);
    return { items, total: items.length };
  }
}

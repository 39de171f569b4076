import type { NewEvent } from '@cs/domain';
import type { Kysely } from 'kysely';
import { insertEvents } from './event-store.ts';
import type { LoadSpikesTable } from './monitoring-tables.ts';
import type { ResourceStore } from './resource-store.ts';
import type { Schema } from './schema.ts';

export type StoredLoadSpike = Omit<LoadSpikesTable, 'kind'>;

/** At most this many spikes are read for one answer: the panel records them by hand. */
const READ_LIMIT = 1_000;

/** The load spikes recorded by the simulation panel; metrics read those that overlap their window. */
export class LoadSpikeStore {
  constructor(
    private readonly db: Kysely<Schema>,
    private readonly resources: ResourceStore,
  ) {}

  /** Records a spike and its service event together. */
  async record(spike: StoredLoadSpike, event: NewEvent): Promise<void> {
    await this.resources.transact(async (trx, at) => {
      await trx
        .insertInto('load_spikes')
        .values({ ...spike, kind: 'cluster' })
        .execute();
      await insertEvents(trx, [event], at);
    });
  }

  /** Spikes of these services overlapping `[from, to)`. */
  async overlapping(serviceIds: readonly string[], from: number, to: number): Promise<StoredLoadSpike[]> {
    if (serviceIds.length === 0) return [];
    return this.window(from, to)
      .where('service_id', 'in', [...serviceIds])
      .execute();
  }

  /** Spikes of a cluster overlapping `[from, to)`. */
  async inCluster(clusterId: string, from: number, to: number): Promise<StoredLoadSpike[]> {
    return this.window(from, to).where('cluster_id', '=', clusterId).execute();
  }

  /** A cluster's spikes, the latest first. */
  async list(clusterId: string, limit: number): Promise<StoredLoadSpike[]> {
    return this.columns().where('cluster_id', '=', clusterId).orderBy('starts_at', 'desc').limit(limit).execute();
  }

  private columns() {
    return this.db
      .selectFrom('load_spikes')
      .select(['id', 'cluster_id', 'service_id', 'service_name', 'factor', 'starts_at', 'ends_at']);
  }

  private window(from: number, to: number) {
    return this.columns()
      .where('ends_at', '>', new Date(from).toISOString())
      .where('starts_at', '<', new Date(to).toISOString())
      .orderBy('starts_at')
      .limit(READ_LIMIT);
  }
}

import type { Kysely } from 'kysely';
import { chunks } from './container-store.ts';
import type { CustomPointsTable } from './monitoring-tables.ts';
import type { ResourceStore } from './resource-store.ts';
import type { Schema } from './schema.ts';

export type NewCustomPoint = Omit<CustomPointsTable, 'id'>;
export type StoredCustomPoint = Pick<CustomPointsTable, 'measurement' | 'field' | 'tags' | 'value' | 'at'>;

/** Per container: the newest this many fields are kept, older ones dropped as new ones come. */
export const POINTS_PER_CONTAINER = 10_000;
/** And none older than a week, the longest range a Monitor page shows. */
export const RETENTION_MS = 7 * 24 * 3_600_000;

/** Custom monitoring data clients submitted through the HTTP data interface. */
export class CustomPointStore {
  constructor(
    private readonly db: Kysely<Schema>,
    private readonly resources: ResourceStore,
  ) {}

  /** Adds points and trims the container's to its bounds, in one transaction. */
  async add(containerId: string, points: readonly NewCustomPoint[], now: number): Promise<void> {
    await this.resources.transact(async (trx) => {
      for (const part of chunks(points)) await trx.insertInto('custom_points').values(part).execute();
      const cutoff = await trx
        .selectFrom('custom_points')
        .select('id')
        .where('container_id', '=', containerId)
        .orderBy('id', 'desc')
        .offset(POINTS_PER_CONTAINER)
        .limit(1)
        .executeTakeFirst();
      let trim = trx.deleteFrom('custom_points').where('container_id', '=', containerId);
      trim = cutoff
        ? trim.where((eb) =>
            eb.or([eb('id', '<=', cutoff.id), eb('at', '<', new Date(now - RETENTION_MS).toISOString())]),
          )
        : trim.where('at', '<', new Date(now - RETENTION_MS).toISOString());
      await trim.execute();
    });
  }

  /** A container's points in `[from, to)`, oldest first. */
  async list(containerId: string, from: number, to: number): Promise<StoredCustomPoint[]> {
    return this.db
      .selectFrom('custom_points')
      .select(['measurement', 'field', 'tags', 'value', 'at'])
      .where('container_id', '=', containerId)
      .where('at', '>=', new Date(from).toISOString())
      .where('at', '<', new Date(to).toISOString())
      .orderBy('at')
      .limit(POINTS_PER_CONTAINER)
      .execute();
  }

  /** A cluster's points since `since`, the newest first (the exposition takes each series' first). */
  async latestInCluster(clusterId: string, since: number): Promise<(StoredCustomPoint & { container_id: string })[]> {
    return this.db
      .selectFrom('custom_points')
      .select(['container_id', 'measurement', 'field', 'tags', 'value', 'at'])
      .where('cluster_id', '=', clusterId)
      .where('at', '>=', new Date(since).toISOString())
      .orderBy('at', 'desc')
      .limit(POINTS_PER_CONTAINER)
      .execute();
  }

  /** Drops every point older than the retention (maintenance). */
  async purge(now: number): Promise<void> {
    await this.db
      .deleteFrom('custom_points')
      .where('at', '<', new Date(now - RETENTION_MS).toISOString())
      .execute();
  }
}

import type { NewEvent, StoredEvent } from '@cs/domain';
import type { Kysely, Transaction } from 'kysely';
import { toEvent } from './rows.ts';
import type { Schema } from './schema.ts';

/** Appends events inside the caller's transaction, so an event exists exactly when its change does. */
export async function insertEvents(
  trx: Transaction<Schema>,
  events: readonly NewEvent[],
  createdAt: string,
): Promise<void> {
  if (events.length === 0) return;
  await trx
    .insertInto('events')
    .values(
      events.map((e) => ({
        cluster_id: e.clusterId,
        resource_kind: e.resourceKind,
        resource_id: e.resourceId,
        level: e.level,
        reason: e.reason,
        message: e.message,
        created_at: createdAt,
      })),
    )
    .execute();
}

/** Reads the append-only event log. */
export class EventStore {
  constructor(private readonly db: Kysely<Schema>) {}

  /** A cluster's events after `afterId`, oldest first: what a following log has not shown yet. */
  async listAfter(clusterId: string, afterId: number, limit = 500): Promise<StoredEvent[]> {
    const rows = await this.db
      .selectFrom('events')
      .selectAll()
      .where('cluster_id', '=', clusterId)
      .where('id', '>', afterId)
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map(toEvent);
  }

  async listForCluster(
    clusterId: string,
    page: number,
    pageSize: number,
  ): Promise<{ items: StoredEvent[]; total: number }> {
    const [rows, count] = await Promise.all([
      this.db
        .selectFrom('events')
        .selectAll()
        .where('cluster_id', '=', clusterId)
        .orderBy('id', 'desc')
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute(),
      this.db
        .selectFrom('events')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('cluster_id', '=', clusterId)
        .executeTakeFirstOrThrow(),
    ]);
    return { items: rows.map(toEvent), total: Number(count.n) };
  }
}

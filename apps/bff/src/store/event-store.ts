import type { EventFilter } from '@cs/contracts';
import type { NewEvent, StoredEvent } from '@cs/domain';
import type { Kysely, Transaction } from 'kysely';
import { toEvent } from './rows.ts';
import type { Schema } from './schema.ts';
import { pageAndCount } from './paging.ts';

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
        application_id: e.applicationId ?? null,
        service_id: e.serviceId ?? null,
      })),
    )
    .execute();
}

/** What a cluster's log shows: the cluster's and its nodes' events, not every container's. */
const CLUSTER_LOG_KINDS: readonly string[] = ['cluster', 'node'];

/** One page of an Events list, with the list's filters. */
export type EventPageQuery = { page: number; pageSize: number } & EventFilter;
export interface EventPage {
  items: StoredEvent[];
  total: number;
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
      .where('resource_kind', 'in', [...CLUSTER_LOG_KINDS])
      .where('id', '>', afterId)
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map(toEvent);
  }

  /** The cluster's own log: its operations and its nodes' (migrations included), newest first. */
  listForCluster(clusterId: string, query: EventPageQuery): Promise<EventPage> {
    return this.page('cluster_id', clusterId, query, CLUSTER_LOG_KINDS);
  }

  /** An application's Events tab: its own, its services' and its containers', newest first. */
  listForApplication(applicationId: string, query: EventPageQuery): Promise<EventPage> {
    return this.page('application_id', applicationId, query);
  }

  /** A service's Events tab: its own and its containers', newest first. */
  listForService(serviceId: string, query: EventPageQuery): Promise<EventPage> {
    return this.page('service_id', serviceId, query);
  }

  private async page(
    column: 'cluster_id' | 'application_id' | 'service_id',
    id: string,
    { page, pageSize, ...filter }: EventPageQuery,
    kinds?: readonly string[],
  ): Promise<EventPage> {
    let query = this.db.selectFrom('events').where(column, '=', id);
    if (kinds) query = query.where('resource_kind', 'in', [...kinds]);
    if (filter.level) query = query.where('level', '=', filter.level);
    if (filter.resourceKind) query = query.where('resource_kind', '=', filter.resourceKind);
    if (filter.resourceId) query = query.where('resource_id', '=', filter.resourceId);
    const { rows, total } = await pageAndCount(query, query.selectAll().orderBy('id', 'desc'), { page, pageSize });
    return { items: rows.map(toEvent), total };
  }
}

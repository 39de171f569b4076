import { NotFoundError, noContainers } from '@cs/domain';
import type { Container, ContainerCounts, ContainerSpec, ContainerState, NewEvent } from '@cs/domain';
import { sql } from 'kysely';
import type { Kysely, Transaction } from 'kysely';
import { toContainer } from './container-rows.ts';
import { pageAndCount } from './paging.ts';
import type { Database } from './database.ts';
import { insertEvents } from './event-store.ts';
import { recordChange, writeTransaction } from './resource-writes.ts';
import type { Schema } from './schema.ts';

export interface ContainerFilter {
  clusterId?: string;
  applicationId?: string;
  serviceId?: string;
  nodeId?: string;
  phase?: ContainerState;
  /** Names starting with this text (`wordpress_web` finds every web container). */
  namePrefix?: string;
}

/** At most this many ids per `in (…)` list: SQLite binds at most 32,766 values per statement. */
const CHUNK = 500;

export function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Upper bound of a prefix range: every string starting with `prefix` sorts below it. */
const prefixEnd = (prefix: string) => `${prefix}\uffff`;

/**
 * Reads the containers table (lists page and filter in SQL, on its indexes), and writes the one
 * column the API owns: what the operator asked of a container. The deploy engine writes the rest.
 */
export class ContainerStore {
  constructor(
    private readonly database: Database,
    private readonly now: () => number,
    private readonly onCommit: () => void = () => {},
  ) {}

  private get db(): Kysely<Schema> {
    return this.database.db;
  }

  private filtered(filter: ContainerFilter) {
    let query = this.db.selectFrom('containers');
    if (filter.clusterId !== undefined) query = query.where('cluster_id', '=', filter.clusterId);
    if (filter.applicationId !== undefined) query = query.where('application_id', '=', filter.applicationId);
    if (filter.serviceId !== undefined) query = query.where('service_id', '=', filter.serviceId);
    if (filter.nodeId !== undefined) query = query.where('node_id', '=', filter.nodeId);
    if (filter.phase !== undefined) query = query.where('phase', '=', filter.phase);
    if (filter.namePrefix)
      query = query.where('name', '>=', filter.namePrefix).where('name', '<', prefixEnd(filter.namePrefix));
    return query;
  }

  async list(
    filter: ContainerFilter,
    page: { page: number; pageSize: number },
  ): Promise<{ items: Container[]; total: number }> {
    const query = this.filtered(filter);
    const { rows, total } = await pageAndCount(query, query.selectAll().orderBy('sort_key'), page);
    return { items: rows.map(toContainer), total };
  }

  async find(id: string): Promise<Container | undefined> {
    const row = await this.db.selectFrom('containers').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toContainer(row) : undefined;
  }

  async get(id: string): Promise<Container> {
    const found = await this.find(id);
    if (!found) throw new NotFoundError('container', id);
    return found;
  }

  /**
   * A container of the cluster by name, or by its id or an unambiguous prefix of it (as Docker
   * clients name containers). Undefined when none matches; 'ambiguous' when a prefix fits several.
   */
  async resolve(clusterId: string, reference: string): Promise<Container | 'ambiguous' | undefined> {
    const inCluster = this.db.selectFrom('containers').selectAll().where('cluster_id', '=', clusterId);
    const byName = await inCluster.where('name', '=', reference).executeTakeFirst();
    if (byName) return toContainer(byName);
    if (!/^[0-9a-f]{1,64}$/.test(reference)) return undefined;
    const byId = await inCluster
      .where('id', '>=', reference)
      .where('id', '<', prefixEnd(reference))
      .orderBy('id')
      .limit(2)
      .execute();
    if (byId.length > 1) return 'ambiguous';
    return byId[0] ? toContainer(byId[0]) : undefined;
  }

  /** The running containers of services, on the service index (a route's backend sets), in no order. */
  async runningOf(serviceIds: readonly string[]): Promise<Container[]> {
    const rows = await Promise.all(
      chunks([...serviceIds]).map((part) =>
        this.db
          .selectFrom('containers')
          .selectAll()
          .where('service_id', 'in', part)
          .where('phase', '=', 'running')
          .execute(),
      ),
    );
    return rows.flat().map(toContainer);
  }

  /** Containers of a cluster, newest first, narrowed to services and phases (`docker ps`). */
  async listNewest(
    clusterId: string,
    filter: { serviceIds?: readonly string[]; phases?: readonly ContainerState[]; limit?: number },
  ): Promise<Container[]> {
    const query = (serviceIds?: readonly string[]) => {
      let q = this.db.selectFrom('containers').selectAll().where('cluster_id', '=', clusterId);
      if (serviceIds) q = q.where('service_id', 'in', [...serviceIds]);
      if (filter.phases) q = q.where('phase', 'in', [...filter.phases]);
      q = q.orderBy('created_at', 'desc').orderBy('id', 'desc');
      return filter.limit !== undefined ? q.limit(filter.limit) : q;
    };
    if (filter.phases?.length === 0 || filter.serviceIds?.length === 0) return [];
    const rows = filter.serviceIds
      ? (await Promise.all(chunks([...filter.serviceIds]).map((part) => query(part).execute()))).flat()
      : await query().execute();
    const containers = rows.map(toContainer);
    if (!filter.serviceIds || filter.serviceIds.length <= CHUNK) return containers;
    containers.sort((a, b) => b.metadata.createdAt.localeCompare(a.metadata.createdAt));
    return filter.limit !== undefined ? containers.slice(0, filter.limit) : containers;
  }

  /** Every container of a cluster (what the scheduler counts for a placement preview). */
  async listInCluster(clusterId: string): Promise<Container[]> {
    const rows = await this.db.selectFrom('containers').selectAll().where('cluster_id', '=', clusterId).execute();
    return rows.map(toContainer);
  }

  /** Every container, a chunk at a time in id order (the deploy engine's start-up). */
  async *scan(chunkSize = 5_000): AsyncGenerator<Container[]> {
    let after = '';
    for (;;) {
      const rows = await this.db
        .selectFrom('containers')
        .selectAll()
        .where('id', '>', after)
        .orderBy('id')
        .limit(chunkSize)
        .execute();
      if (rows.length === 0) return;
      after = rows[rows.length - 1]!.id;
      yield rows.map(toContainer);
    }
  }

  /** The Container Status column ("Ready:3 Stop:0") of each service, application or node, as the engine keeps it. */
  async counts(ids: readonly string[]): Promise<Map<string, ContainerCounts>> {
    const result = new Map<string, ContainerCounts>(ids.map((id) => [id, noContainers()]));
    for (const part of chunks([...new Set(ids)])) {
      const rows = await this.db.selectFrom('container_counts').selectAll().where('owner_id', 'in', part).execute();
      for (const row of rows) result.set(row.owner_id, { ready: row.ready, stopped: row.stopped, other: row.other });
    }
    return result;
  }

  /** How many containers each node runs (the Node List's Number of Containers). */
  async countsByNode(nodeIds: readonly string[]): Promise<Map<string, number>> {
    const counts = await this.counts(nodeIds);
    return new Map([...counts].map(([id, c]) => [id, c.ready + c.stopped + c.other]));
  }

  /** Records Stop / Start / Delete of one container for the deploy engine to carry out. */
  async setDesiredState(id: string, desired: ContainerSpec['desiredState'], events: NewEvent[]): Promise<Container> {
    await writeTransaction(this.database, this.now, this.onCommit, async (trx, at) => {
      const row = await trx.selectFrom('containers').select('id').where('id', '=', id).executeTakeFirst();
      if (!row) throw new NotFoundError('container', id);
      const version = await recordChange(trx, 'container', id, 'MODIFIED', at);
      await trx
        .updateTable('containers')
        .set({ desired_state: desired, resource_version: version, updated_at: at })
        .where('id', '=', id)
        .execute();
      await insertEvents(trx, events, at);
    });
    return this.get(id);
  }

  /**
   * Inside the caller's write: the containers the operator stopped one by one are to run again
   * (Redeploy and Activate "activate the stopped containers"). Each gets a change of its own.
   */
  async startStoppedIn(
    trx: Transaction<Schema>,
    filter: { applicationId?: string; serviceId?: string },
    at: string,
  ): Promise<void> {
    let query = trx.selectFrom('containers').select('id').where('desired_state', '=', 'stopped');
    if (filter.applicationId) query = query.where('application_id', '=', filter.applicationId);
    if (filter.serviceId) query = query.where('service_id', '=', filter.serviceId);
    for (const { id } of await query.execute()) {
      const version = await recordChange(trx, 'container', id, 'MODIFIED', at);
      await trx
        .updateTable('containers')
        .set({ desired_state: 'running', resource_version: version, updated_at: at })
        .where('id', '=', id)
        .execute();
    }
  }

  /** How many containers the user's applications run (the default system applications' are not counted). */
  async userTotal(): Promise<number> {
    const system = this.db
      .selectFrom('resources')
      .select('id')
      .where('kind', '=', 'application')
      .where('category', '=', 'system');
    const row = await this.db
      .selectFrom('containers')
      .select(sql<number | string>`count(*)`.as('n'))
      .where('application_id', 'not in', system)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** How many containers there are, for benchmarks. */
  async total(): Promise<number> {
    const row = await this.db
      .selectFrom('containers')
      .select(sql<number | string>`count(*)`.as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
}

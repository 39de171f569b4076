import { ConflictError, NotFoundError } from '@cs/domain';
import type { ChangeType, NewEvent, Resource, ResourceKind, ResourceStatus } from '@cs/domain';
import type { Changeset } from '@cs/simulator';
import { sql } from 'kysely';
import type { Transaction } from 'kysely';
import type { Database } from './database.ts';
import { insertEvents } from './event-store.ts';
import { likeContains, likePrefix, toResource } from './rows.ts';
import type { AnyResource } from './rows.ts';
import type { Schema } from './schema.ts';
import { recordChange, writeTransaction } from './resource-writes.ts';
import { pageAndCount } from './paging.ts';

export interface NewResource<Spec, Status extends ResourceStatus> {
  id: string;
  name: string;
  scope: string;
  spec: Spec;
  status: Status;
  /** Indexed for lists that filter by them (applications, services). */
  clusterId?: string;
  category?: string;
}

export interface ListOptions {
  scope?: string;
  clusterId?: string;
  /** Only these categories (online, batch, system). */
  categories?: readonly string[];
  nameContains?: string;
  /** Names starting with this text, ignoring case. */
  namePrefix?: string;
  page: number;
  pageSize: number;
  /** Oldest first (the order nodes joined), instead of newest first. */
  oldestFirst?: boolean;
}

export interface CreateOptions {
  events?: NewEvent[];
  /** At most `max` resources of the kind may exist; `message` explains the refusal. */
  quota?: { max: number; message: string };
  /** The message when another resource of the kind has the name in the same scope. */
  nameTaken: string;
}

export interface StoredChange {
  id: number;
  kind: ResourceKind;
  resourceId: string;
  type: ChangeType;
}

type Patch<R extends AnyResource> = { spec?: R['spec']; status?: R['status'] };

/**
 * The one query layer over resources, for SQLite and PostgreSQL alike. Every write takes a
 * resourceVersion from the `changes` table in the same transaction, and refuses stale versions.
 */
export class ResourceStore {
  constructor(
    private readonly database: Database,
    private readonly now: () => number,
    /** Called after each commit, so the change feed reads the new rows at once. */
    private readonly onCommit: () => void = () => {},
  ) {}

  private get db() {
    return this.database.db;
  }

  async find<R extends AnyResource>(kind: ResourceKind, id: string): Promise<R | undefined> {
    const row = await this.db
      .selectFrom('resources')
      .selectAll()
      .where('kind', '=', kind)
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? toResource<R>(row) : undefined;
  }

  async get<R extends AnyResource>(kind: ResourceKind, id: string): Promise<R> {
    const found = await this.find<R>(kind, id);
    if (!found) throw new NotFoundError(kind, id);
    return found;
  }

  async list<R extends AnyResource>(kind: ResourceKind, options: ListOptions): Promise<{ items: R[]; total: number }> {
    let query = this.db.selectFrom('resources').where('kind', '=', kind);
    if (options.scope !== undefined) query = query.where('scope', '=', options.scope);
    if (options.clusterId !== undefined) query = query.where('cluster_id', '=', options.clusterId);
    if (options.categories)
      query =
        options.categories.length > 0
          ? query.where('category', 'in', [...options.categories])
          : query.where(sql<boolean>`1 = 0`);
    if (options.nameContains) {
      const pattern = likeContains(options.nameContains);
      query = query.where(sql<boolean>`lower(name) like ${pattern} escape '\\'`);
    }
    if (options.namePrefix) {
      query = query.where(sql<boolean>`lower(name) like ${likePrefix(options.namePrefix)} escape '\\'`);
    }
    const ordered = query
      .selectAll()
      .orderBy('created_at', options.oldestFirst ? 'asc' : 'desc')
      .orderBy('id');
    const { rows, total } = await pageAndCount(query, ordered, options);
    return { items: rows.map((r) => toResource<R>(r)), total };
  }

  async listAll<R extends AnyResource>(kind: ResourceKind): Promise<R[]> {
    const rows = await this.db.selectFrom('resources').selectAll().where('kind', '=', kind).orderBy('id').execute();
    return rows.map((r) => toResource<R>(r));
  }

  /** How many resources of each kind exist, by phase and category within a kind. */
  async countByKindAndPhase(): Promise<{ kind: string; phase: string; category: string | null; count: number }[]> {
    const rows = await this.db
      .selectFrom('resources')
      .select(['kind', 'phase', 'category', (eb) => eb.fn.countAll<number | string>().as('n')])
      .groupBy(['kind', 'phase', 'category'])
      .execute();
    return rows.map((r) => ({ kind: r.kind, phase: r.phase, category: r.category, count: Number(r.n) }));
  }

  /** How many resources of a kind each scope holds, per phase (a cluster's nodes by status). */
  async countPhasesByScope(kind: ResourceKind): Promise<{ scope: string; phase: string; count: number }[]> {
    const rows = await this.db
      .selectFrom('resources')
      .select(['scope', 'phase', (eb) => eb.fn.countAll<number | string>().as('n')])
      .where('kind', '=', kind)
      .groupBy(['scope', 'phase'])
      .execute();
    return rows.map((r) => ({ scope: r.scope, phase: r.phase, count: Number(r.n) }));
  }

  async create<Spec, Status extends ResourceStatus>(
    kind: ResourceKind,
    resource: NewResource<Spec, Status>,
    options: CreateOptions,
  ) {
    return this.write(async (trx, at) => {
      if (options.quota) {
        const { n } = await trx
          .selectFrom('resources')
          .select((eb) => eb.fn.countAll<number | string>().as('n'))
          .where('kind', '=', kind)
          .executeTakeFirstOrThrow();
        if (Number(n) >= options.quota.max) throw new ConflictError(options.quota.message);
      }
      await this.assertNameFree(trx, kind, resource.scope, resource.name, options.nameTaken);
      const version = await recordChange(trx, kind, resource.id, 'ADDED', at);
      const row = await trx
        .insertInto('resources')
        .values({
          kind,
          id: resource.id,
          scope: resource.scope,
          name: resource.name,
          phase: resource.status.phase,
          generation: 1,
          resource_version: version,
          created_at: at,
          updated_at: at,
          spec: JSON.stringify(resource.spec),
          status: JSON.stringify(resource.status),
          cluster_id: resource.clusterId ?? null,
          category: resource.category ?? null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await insertEvents(trx, options.events ?? [], at);
      return toResource<Resource<Spec, Status>>(row);
    });
  }

  /**
   * Writes a new spec and/or status computed from the current version. Refuses with 409 when the
   * stored version is not `expectedVersion` (someone wrote in between): never a lost update.
   */
  async update<R extends AnyResource>(
    kind: ResourceKind,
    id: string,
    expectedVersion: number,
    change: (current: R) => Patch<R>,
    events: NewEvent[] = [],
  ): Promise<R> {
    return this.write(async (trx, at) => {
      const current = await this.current<R>(trx, kind, id, expectedVersion);
      const row = await this.writeRow(trx, kind, current, change(current), at);
      await insertEvents(trx, events, at);
      return toResource<R>(row);
    });
  }

  /** Renames a resource from the version it was based on; `nameTaken` refuses a name another holds in its scope. */
  async rename<R extends AnyResource>(
    kind: ResourceKind,
    id: string,
    expectedVersion: number,
    name: string,
    nameTaken: string,
  ): Promise<R> {
    return this.write(async (trx, at) => {
      const current = await this.current<R>(trx, kind, id, expectedVersion);
      if (current.metadata.name === name) return current;
      const { scope } = await trx
        .selectFrom('resources')
        .select('scope')
        .where('kind', '=', kind)
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      await this.assertNameFree(trx, kind, scope, name, nameTaken);
      await this.writeRow(trx, kind, current, {}, at);
      const row = await trx
        .updateTable('resources')
        .set({ name })
        .where('kind', '=', kind)
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
      return toResource<R>(row);
    });
  }

  /** Every resource of a kind in one cluster (its applications, its services), oldest first. */
  async listInCluster<R extends AnyResource>(kind: ResourceKind, clusterId: string): Promise<R[]> {
    const rows = await this.db
      .selectFrom('resources')
      .selectAll()
      .where('kind', '=', kind)
      .where('cluster_id', '=', clusterId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map((r) => toResource<R>(r));
  }

  /** Resources of a kind within one scope (a cluster's nodes), oldest first. */
  async listInScope<R extends AnyResource>(kind: ResourceKind, scope: string): Promise<R[]> {
    const rows = await this.db
      .selectFrom('resources')
      .selectAll()
      .where('kind', '=', kind)
      .where('scope', '=', scope)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map((r) => toResource<R>(r));
  }

  /** The resources of a kind with these ids (those that exist), a bounded statement per chunk. */
  async findMany<R extends AnyResource>(kind: ResourceKind, ids: readonly string[]): Promise<R[]> {
    const found: R[] = [];
    for (let i = 0; i < ids.length; i += 500) {
      const rows = await this.db
        .selectFrom('resources')
        .selectAll()
        .where('kind', '=', kind)
        .where('id', 'in', ids.slice(i, i + 500))
        .execute();
      for (const r of rows) found.push(toResource<R>(r));
    }
    return found;
  }

  /**
   * The resources of a kind whose spec has a value at `path` (dotted member names), found in SQL:
   * the few services with an auto scaling policy among thousands, without parsing every spec.
   */
  async withSpecPath<R extends AnyResource>(kind: ResourceKind, path: readonly string[]): Promise<R[]> {
    if (!path.every((p) => /^\w+$/.test(p))) throw new Error(`Not a JSON path: ${path.join('.')}`);
    const member =
      this.database.dialect === 'postgres'
        ? sql`(spec::jsonb #>> ${sql.raw(`'{${path.join(',')}}'`)})`
        : sql`json_extract(spec, ${sql.raw(`'$.${path.join('.')}'`)})`;
    const rows = await this.db
      .selectFrom('resources')
      .selectAll()
      .where('kind', '=', kind)
      .where(sql<boolean>`${member} is not null`)
      .orderBy('id')
      .execute();
    return rows.map((r) => toResource<R>(r));
  }

  /**
   * Writes a changeset atomically: every update and removal must still be at its expected
   * version, every creation's name free in its scope; otherwise nothing is written.
   */
  async applyChanges(changeset: Changeset): Promise<void> {
    await this.write((trx, at) => this.applyIn(trx, changeset, at));
  }

  /**
   * `applyChanges` inside the caller's write transaction. Every check runs before anything is
   * written, except the creations' names, which a caller batching changesets guards with a savepoint.
   */
  async applyIn(
    trx: Transaction<Schema>,
    { creates = [], updates = [], removes = [], events }: Changeset,
    at: string,
  ): Promise<void> {
    const current = new Map<string, AnyResource>();
    for (const { kind, id, expectedVersion } of [...updates, ...removes]) {
      current.set(`${kind}/${id}`, await this.current(trx, kind, id, expectedVersion));
    }
    for (const c of creates) {
      await this.assertNameFree(trx, c.kind, c.scope, c.name, `A ${c.kind} named ${c.name} already exists.`);
      const version = await recordChange(trx, c.kind, c.id, 'ADDED', at);
      await trx
        .insertInto('resources')
        .values({
          kind: c.kind,
          id: c.id,
          scope: c.scope,
          name: c.name,
          phase: c.status.phase,
          generation: 1,
          resource_version: version,
          created_at: at,
          updated_at: at,
          spec: JSON.stringify(c.spec),
          status: JSON.stringify(c.status),
          cluster_id: c.clusterId ?? null,
          category: c.category ?? null,
        })
        .execute();
    }
    for (const u of updates) {
      const before = current.get(`${u.kind}/${u.id}`)!;
      await this.writeRow(trx, u.kind, before, { spec: u.spec, status: u.status }, at);
    }
    for (const r of removes) {
      await recordChange(trx, r.kind, r.id, 'DELETED', at);
      await trx.deleteFrom('resources').where('kind', '=', r.kind).where('id', '=', r.id).execute();
    }
    await insertEvents(trx, events, at);
  }

  /** Changes after `afterId`, oldest first. */
  async changesSince(afterId: number, limit = 500): Promise<StoredChange[]> {
    const rows = await this.db
      .selectFrom('changes')
      .selectAll()
      .where('id', '>', afterId)
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map((r) => ({ id: r.id, kind: r.kind as ResourceKind, resourceId: r.resource_id, type: r.type }));
  }

  async latestChangeId(): Promise<number> {
    const row = await this.db
      .selectFrom('changes')
      .select((eb) => eb.fn.max('id').as('id'))
      .executeTakeFirst();
    return Number(row?.id ?? 0);
  }

  /** The time of the newest write, in epoch ms (0 when none): simulated time resumes from it. */
  async latestWriteTime(): Promise<number> {
    const row = await this.db
      .selectFrom('changes')
      .select('created_at')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row ? Date.parse(row.created_at) : 0;
  }

  /** Forgets changes older than the newest `keep`; watchers further behind start over from a list. */
  async pruneChanges(keep: number): Promise<void> {
    const latest = await this.latestChangeId();
    await this.db
      .deleteFrom('changes')
      .where('id', '<=', latest - keep)
      .execute();
  }

  /** Runs `work` as one write transaction of the store (several resources and tables at once). */
  async transact<T>(work: (trx: Transaction<Schema>, at: string) => Promise<T>): Promise<T> {
    return writeTransaction(this.database, this.now, this.onCommit, work);
  }

  private async write<T>(work: (trx: Transaction<Schema>, at: string) => Promise<T>): Promise<T> {
    return this.transact(work);
  }

  private async current<R extends AnyResource>(
    trx: Transaction<Schema>,
    kind: ResourceKind,
    id: string,
    expectedVersion: number,
  ): Promise<R> {
    const row = await trx
      .selectFrom('resources')
      .selectAll()
      .where('kind', '=', kind)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw new NotFoundError(kind, id);
    if (row.resource_version !== expectedVersion) {
      throw new ConflictError(
        `The ${kind} ${row.name} was changed by someone else (version ${row.resource_version}, yours ${expectedVersion}). Reload and try again.`,
      );
    }
    return toResource<R>(row);
  }

  /** Writes a new spec and/or status over `current`, bumping generation when the spec changed. */
  private async writeRow(
    trx: Transaction<Schema>,
    kind: ResourceKind,
    current: AnyResource,
    patch: { spec?: unknown; status?: ResourceStatus },
    at: string,
  ) {
    const { id } = current.metadata;
    const specChanged = patch.spec !== undefined && JSON.stringify(patch.spec) !== JSON.stringify(current.spec);
    const status = patch.status ?? current.status;
    const version = await recordChange(trx, kind, id, 'MODIFIED', at);
    return trx
      .updateTable('resources')
      .set({
        spec: JSON.stringify(patch.spec ?? current.spec),
        status: JSON.stringify(status),
        phase: status.phase,
        generation: current.metadata.generation + (specChanged ? 1 : 0),
        resource_version: version,
        updated_at: at,
      })
      .where('kind', '=', kind)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  private async assertNameFree(
    trx: Transaction<Schema>,
    kind: ResourceKind,
    scope: string,
    name: string,
    message: string,
  ) {
    const taken = await trx
      .selectFrom('resources')
      .select('id')
      .where('kind', '=', kind)
      .where('scope', '=', scope)
      .where('name', '=', name)
      .executeTakeFirst();
    if (taken) throw new ConflictError(message);
  }
}

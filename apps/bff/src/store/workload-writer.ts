import { ConflictError, NotFoundError } from '@cs/domain';
import type { NewEvent, ResourceKind } from '@cs/domain';
import { versionKey } from '@cs/simulator';
import type { BatchOutcome, ContainerCreation, ContainerWrite, OwnerCounts, WorkUnit } from '@cs/simulator';
import { sql } from 'kysely';
import type { Transaction } from 'kysely';
import { engineColumns, newContainerRow } from './container-rows.ts';
import { chunks } from './container-store.ts';
import type { Database } from './database.ts';
import { insertEvents } from './event-store.ts';
import type { ResourceStore } from './resource-store.ts';
import { writeTransaction } from './resource-writes.ts';
import type { Schema } from './schema.ts';

type Trx = Transaction<Schema>;

interface ContainerChange {
  id: string;
  type: 'ADDED' | 'MODIFIED' | 'DELETED';
}

/** Records one change per container write in one statement per chunk; returns each container's version. */
async function recordContainerChanges(trx: Trx, changes: ContainerChange[], at: string): Promise<Map<string, number>> {
  const versions = new Map<string, number>();
  for (const part of chunks(changes)) {
    const rows = await trx
      .insertInto('changes')
      .values(part.map((c) => ({ kind: 'container', resource_id: c.id, type: c.type, created_at: at })))
      .returning(['id', 'resource_id'])
      .execute();
    for (const row of rows) versions.set(row.resource_id, row.id);
  }
  return versions;
}

async function insertContainers(trx: Trx, creates: ContainerCreation[], versions: Map<string, number>, at: string) {
  const inserted = new Set<string>();
  for (const part of chunks(creates, 200)) {
    const rows = await trx
      .insertInto('containers')
      .values(part.map((c) => newContainerRow(c, versions.get(c.id)!, at)))
      .onConflict((oc) => oc.doNothing())
      .returning('id')
      .execute();
    for (const row of rows) inserted.add(row.id);
  }
  return inserted;
}

/** One `update … from (values …)` per chunk: SQLite (3.33+) and PostgreSQL both read it. */
async function updateContainers(trx: Trx, updates: ContainerWrite[], versions: Map<string, number>, at: string) {
  for (const part of chunks(updates, 200)) {
    const values = sql.join(
      part.map((u) => {
        const c = engineColumns(u.spec, u.status);
        const version = versions.get(u.id)!;
        return sql`(${u.id}, ${c.node_id}, ${c.phase}, ${c.health}, ${c.spec}, ${c.status}, cast(${version} as integer))`;
      }),
    );
    await sql`update containers set node_id = v.column2, phase = v.column3, health = v.column4, spec = v.column5,
      status = v.column6, resource_version = v.column7, updated_at = ${at}
      from (values ${values}) as v where containers.id = v.column1`.execute(trx);
  }
}

async function removeContainers(trx: Trx, ids: string[]) {
  for (const part of chunks(ids)) await trx.deleteFrom('containers').where('id', 'in', part).execute();
}

/** Keeps each owner's Container Status beside the containers: upserted, or removed once it counts nothing. */
async function writeCounts(trx: Trx, given: readonly OwnerCounts[]): Promise<void> {
  // One row per owner: an upsert may not touch a row twice (PostgreSQL refuses it); the last count wins.
  const counts = [...new Map(given.map((c) => [c.ownerId, c])).values()];
  const empty = counts.filter((c) => c.ready + c.stopped + c.other === 0).map((c) => c.ownerId);
  for (const part of chunks(empty)) await trx.deleteFrom('container_counts').where('owner_id', 'in', part).execute();
  const kept = counts.filter((c) => c.ready + c.stopped + c.other > 0);
  for (const part of chunks(kept))
    await trx
      .insertInto('container_counts')
      .values(part.map((c) => ({ owner_id: c.ownerId, ready: c.ready, stopped: c.stopped, other: c.other })))
      .onConflict((oc) =>
        oc.column('owner_id').doUpdateSet((eb) => ({
          ready: eb.ref('excluded.ready'),
          stopped: eb.ref('excluded.stopped'),
          other: eb.ref('excluded.other'),
        })),
      )
      .execute();
}

const touchesResources = (u: WorkUnit) => Boolean(u.creates?.length || u.updates?.length || u.removes?.length);

/**
 * The deploy engine's batched writes (ADR 012): many units in one transaction. Container writes
 * go in a handful of multi-row statements whatever their number; a unit that also writes other
 * resources runs in a savepoint, so a stale version or a taken name drops that unit alone.
 */
export class WorkloadWriter {
  constructor(
    private readonly database: Database,
    private readonly resources: ResourceStore,
    private readonly now: () => number,
    private readonly onCommit: () => void,
  ) {}

  async applyBatch(units: readonly WorkUnit[], counts: readonly OwnerCounts[] = []): Promise<BatchOutcome> {
    if (units.length === 0 && counts.length === 0) return { versions: new Map(), rejected: new Set() };
    return writeTransaction(this.database, this.now, this.onCommit, async (trx, at) => {
      const rejected = new Set<number>();
      const versions = new Map<string, number>();
      for (const [index, unit] of units.entries()) {
        if (!touchesResources(unit)) continue;
        if (!(await this.applyResourceWrites(trx, unit, at, index, versions))) rejected.add(index);
      }
      const accepted = units.filter((_, index) => !rejected.has(index));
      await this.applyContainerWrites(trx, accepted, at, versions);
      await insertEvents(
        trx,
        accepted.flatMap((u) => u.events ?? []),
        at,
      );
      await writeCounts(trx, counts);
      return { versions, rejected };
    });
  }

  /** A unit's resource writes in a savepoint; false (and nothing written) when a check fails. */
  private async applyResourceWrites(
    trx: Trx,
    unit: WorkUnit,
    at: string,
    index: number,
    versions: Map<string, number>,
  ): Promise<boolean> {
    const savepoint = sql.raw(`unit_${index}`);
    await sql`savepoint ${savepoint}`.execute(trx);
    try {
      await this.resources.applyIn(
        trx,
        { creates: unit.creates, updates: unit.updates, removes: unit.removes, events: [] as NewEvent[] },
        at,
      );
      await sql`release savepoint ${savepoint}`.execute(trx);
    } catch (error) {
      await sql`rollback to savepoint ${savepoint}`.execute(trx);
      if (error instanceof ConflictError || error instanceof NotFoundError || isUniqueViolation(error)) return false;
      throw error;
    }
    const written: { kind: ResourceKind; id: string }[] = [...(unit.creates ?? []), ...(unit.updates ?? [])];
    for (const { kind, id } of written) {
      const row = await trx
        .selectFrom('resources')
        .select('resource_version')
        .where('kind', '=', kind)
        .where('id', '=', id)
        .executeTakeFirst();
      if (row) versions.set(versionKey(kind, id), row.resource_version);
    }
    return true;
  }

  private async applyContainerWrites(
    trx: Trx,
    units: readonly WorkUnit[],
    at: string,
    versions: Map<string, number>,
  ): Promise<void> {
    const creates = units.flatMap((u) => u.containerCreates ?? []);
    const updates = units.flatMap((u) => u.containerUpdates ?? []);
    const removes = units.flatMap((u) => u.containerRemoves ?? []);
    if (creates.length + updates.length + removes.length === 0) return;
    const changed = await recordContainerChanges(
      trx,
      [
        ...creates.map((c) => ({ id: c.id, type: 'ADDED' as const })),
        ...updates.map((u) => ({ id: u.id, type: 'MODIFIED' as const })),
        ...removes.map((id) => ({ id, type: 'DELETED' as const })),
      ],
      at,
    );
    // Removals first: a replacement takes the name of the container it replaces in the same batch.
    await removeContainers(trx, removes);
    const inserted = await insertContainers(trx, creates, changed, at);
    const dropped = creates.filter((c) => !inserted.has(c.id)).map((c) => c.id);
    const droppedVersions = dropped.map((id) => changed.get(id)!);
    for (const part of chunks(droppedVersions)) await trx.deleteFrom('changes').where('id', 'in', part).execute();
    for (const id of dropped) changed.delete(id);
    await updateContainers(trx, updates, changed, at);
    for (const [id, version] of changed) versions.set(versionKey('container', id), version);
  }
}

/** A unique constraint refused a row (SQLite and PostgreSQL say it differently). */
function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

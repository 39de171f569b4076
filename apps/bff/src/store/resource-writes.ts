import type { ChangeType, ResourceKind } from '@cs/domain';
import type { Transaction } from 'kysely';
import type { Database } from './database.ts';
import type { Schema } from './schema.ts';
import { takeWriteLock } from './write-lock.ts';

/**
 * Runs `work` in a write transaction holding the write lock, stamped with the store's time, and
 * tells the change feed once it has committed.
 */
export async function writeTransaction<T>(
  database: Database,
  now: () => number,
  onCommit: () => void,
  work: (trx: Transaction<Schema>, at: string) => Promise<T>,
): Promise<T> {
  const result = await database.db.transaction().execute(async (trx) => {
    await takeWriteLock(trx, database.dialect);
    return work(trx, new Date(now()).toISOString());
  });
  onCommit();
  return result;
}

/** Appends one change; its id is the resourceVersion of the write it records. */
export async function recordChange(
  trx: Transaction<Schema>,
  kind: ResourceKind,
  id: string,
  type: ChangeType,
  at: string,
): Promise<number> {
  const { id: version } = await trx
    .insertInto('changes')
    .values({ kind, resource_id: id, type, created_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return version;
}

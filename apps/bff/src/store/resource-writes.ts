import type { ChangeType, ResourceKind } from '@cs/domain';
import { sql } from 'kysely';
import type { Transaction } from 'kysely';
import type { Database } from './database.ts';
import type { Schema } from './schema.ts';
import { currentOperation, outsideOperation } from '../operations/operation-context.ts';
import type { Operation } from '../operations/operation-context.ts';
import { OperationNames, insertOperationRecord } from './operation-records.ts';
import { takeWriteLock } from './write-lock.ts';

/**
 * Runs `work` in a write transaction holding the write lock, stamped with the store's time, and
 * tells the change feed once it has committed. The first one of a mutating request also writes
 * the request's operation record, so the change and its record commit or roll back together.
 */
export async function writeTransaction<T>(
  database: Database,
  now: () => number,
  onCommit: () => void,
  work: (trx: Transaction<Schema>, at: string) => Promise<T>,
): Promise<T> {
  const operation = currentOperation();
  const recording = operation?.claim() ? operation : undefined;
  let recordId: number | undefined;
  try {
    const result = await database.db.transaction().execute(async (trx) => {
      await takeWriteLock(trx, database.dialect);
      const at = new Date(now()).toISOString();
      if (!recording) return work(trx, at);
      const names = new OperationNames(recording);
      await names.before(trx);
      const value = await work(trx, at);
      recordId = await recordInSavepoint(trx, recording, names, at);
      return value;
    });
    if (recording) recording.recordId = recordId;
    // The change feed's readers, woken here, serve every request: none of them is this one's.
    outsideOperation(onCommit);
    return result;
  } catch (error) {
    recording?.release();
    throw error;
  }
}

/**
 * The record, in a savepoint: a record that cannot be written must not take the change with it
 * (the request is recorded after its response instead).
 */
async function recordInSavepoint(
  trx: Transaction<Schema>,
  operation: Operation,
  names: OperationNames,
  at: string,
): Promise<number | undefined> {
  await sql`savepoint operation_record`.execute(trx);
  try {
    const id = await insertOperationRecord(trx, operation, await names.after(trx), at);
    await sql`release savepoint operation_record`.execute(trx);
    return id;
  } catch (error) {
    await sql`rollback to savepoint operation_record`.execute(trx);
    operation.onRecordError(error);
    return undefined;
  }
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
  currentOperation()?.noteChange(kind, id);
  return version;
}

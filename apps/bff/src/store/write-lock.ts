import { sql } from 'kysely';
import type { Transaction } from 'kysely';
import type { Dialect } from './database.ts';
import type { Schema } from './schema.ts';

const WRITE_LOCK_KEY = 7_326_411;

/**
 * Serialises writers on PostgreSQL, so change ids commit in the order they were taken (the change
 * feed reads them in that order) and quota checks see every earlier write. SQLite has one writer.
 */
export async function takeWriteLock(trx: Transaction<Schema>, dialect: Dialect): Promise<void> {
  if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(${WRITE_LOCK_KEY})`.execute(trx);
}

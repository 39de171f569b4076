import { sql } from 'kysely';
import type { RawBuilder } from 'kysely';
import type { Database } from './database.ts';

/**
 * One member of a JSON column, read in SQL (`->>` on PostgreSQL, `json_extract` on SQLite): lists
 * over 100,000 rows need a few members, and parsing whole specs and statuses would cost more.
 * The key is written into the statement (a bound one would make each use a different expression,
 * which PostgreSQL refuses in GROUP BY), so it must be a plain name from the code.
 */
export function jsonMember(database: Database, column: 'spec' | 'status', key: string): RawBuilder<string | null> {
  if (!/^\w+$/.test(key)) throw new Error(`Not a JSON member name: ${key}`);
  return database.dialect === 'postgres'
    ? sql<string | null>`(${sql.ref(column)}::jsonb ->> ${sql.raw(`'${key}'`)})`
    : sql<string | null>`json_extract(${sql.ref(column)}, ${sql.raw(`'$.${key}'`)})`;
}

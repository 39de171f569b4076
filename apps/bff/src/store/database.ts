import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { migrations } from './migrations/index.ts';
import type { Schema } from './schema.ts';

export type Dialect = 'sqlite' | 'postgres';

export interface Database {
  db: Kysely<Schema>;
  dialect: Dialect;
  close(): Promise<void>;
}

export interface DatabaseConfig {
  /** PostgreSQL when set; else SQLite in `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  /** A PostgreSQL schema to work in (created if missing), so test runs do not collide. */
  schema?: string;
}

function openSqlite(dataDir: string): Kysely<Schema> {
  mkdirSync(dataDir, { recursive: true });
  const database = new SQLite(join(dataDir, 'console.db'));
  database.pragma('journal_mode = WAL');
  // WAL with NORMAL survives a killed process; only a power cut can drop the last commits.
  database.pragma('synchronous = NORMAL');
  database.pragma('busy_timeout = 5000');
  database.pragma('foreign_keys = ON');
  return new Kysely<Schema>({ dialect: new SqliteDialect({ database }) });
}

function openPostgres(url: string, schema: string | undefined): Kysely<Schema> {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  return new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
}

/** Opens the store's database and brings its schema up to date. */
export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  const dialect: Dialect = config.databaseUrl ? 'postgres' : 'sqlite';
  if (config.schema && !/^[a-z_][a-z0-9_]*$/.test(config.schema)) {
    throw new Error(`Invalid PostgreSQL schema name: ${config.schema}`);
  }
  const db = config.databaseUrl ? openPostgres(config.databaseUrl, config.schema) : openSqlite(config.dataDir);
  if (dialect === 'postgres' && config.schema) {
    await sql`create schema if not exists ${sql.id(config.schema)}`.execute(db);
  }
  // Named, or Kysely finds another schema's migration tables (a test run's) and skips creating its own.
  const migrationTableSchema = dialect === 'postgres' ? (config.schema ?? 'public') : undefined;
  const { error } = await new Migrator({
    db,
    provider: migrations(dialect),
    ...(migrationTableSchema ? { migrationTableSchema } : {}),
  }).migrateToLatest();
  if (error) {
    await db.destroy();
    throw error instanceof Error ? error : new Error(String(error));
  }
  return { db, dialect, close: () => db.destroy() };
}

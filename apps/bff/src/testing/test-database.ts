import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase } from '../store/database.ts';
import type { Database, Dialect } from '../store/database.ts';

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** True when PostgreSQL answers; outside CI a missing server skips its tests, loudly. */
export async function postgresAvailable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch (error) {
    if (process.env.CI === 'true')
      throw new Error(`PostgreSQL at ${TEST_DATABASE_URL} is required under CI: ${String(error)}`);
    console.warn(`\n!!! PostgreSQL at ${TEST_DATABASE_URL} did not answer; its store tests are SKIPPED.\n`);
    return false;
  }
}

export async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  await client.query(`drop schema if exists ${schema} cascade`);
  await client.end();
}

export interface TestDatabase {
  database: Database;
  /** Closes and throws the data away. */
  dispose(): Promise<void>;
  /** Closes, keeping the data, and returns a way to open it again (a restart). */
  reopen(): Promise<Database>;
}

/** A fresh database of the given engine: a temporary SQLite file, or a PostgreSQL schema of its own. */
export async function openTestDatabase(dialect: Dialect): Promise<TestDatabase> {
  if (dialect === 'sqlite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'cs-store-'));
    let database = await openDatabase({ dataDir });
    return {
      get database() {
        return database;
      },
      async dispose() {
        await database.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
      async reopen() {
        await database.close();
        database = await openDatabase({ dataDir });
        return database;
      },
    };
  }
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const config = { databaseUrl: TEST_DATABASE_URL, dataDir: '', schema };
  let database = await openDatabase(config);
  return {
    get database() {
      return database;
    },
    async dispose() {
      await database.close();
      await dropSchema(schema);
    },
    async reopen() {
      await database.close();
      database = await openDatabase(config);
      return database;
    },
  };
}

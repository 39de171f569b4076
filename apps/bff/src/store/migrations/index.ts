import type { Migration, MigrationProvider } from 'kysely';
import type { Dialect } from '../database.ts';
import { initial } from './001-initial.ts';

/** Every migration, in order; names sort as they must run. Never edit one that has shipped. */
export function migrations(dialect: Dialect): MigrationProvider {
  const all: Record<string, Migration> = {
    '001-initial': initial(dialect),
  };
  return { getMigrations: async () => all };
}

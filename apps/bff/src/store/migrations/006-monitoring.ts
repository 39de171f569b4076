import type { Kysely } from 'kysely';
import type { Dialect } from '../database.ts';

/**
 * Monitoring (issue 10): metrics are derived from the workload model (ADR 017), so only what
 * cannot be derived is stored: the load spikes the simulation panel recorded, and the custom
 * monitoring points clients submitted (bounded per container, kept a week).
 */
export const monitoring = (dialect: Dialect) => ({
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('load_spikes')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull().defaultTo('cluster'))
      .addColumn('cluster_id', 'text', (c) => c.notNull())
      .addColumn('service_id', 'text', (c) => c.notNull())
      .addColumn('service_name', 'text', (c) => c.notNull())
      .addColumn('factor', 'real', (c) => c.notNull())
      .addColumn('starts_at', 'text', (c) => c.notNull())
      .addColumn('ends_at', 'text', (c) => c.notNull())
      .addForeignKeyConstraint('load_spikes_cluster', ['kind', 'cluster_id'], 'resources', ['kind', 'id'], (fk) =>
        fk.onDelete('cascade'),
      )
      .execute();
    await db.schema.createIndex('load_spikes_service').on('load_spikes').columns(['service_id', 'ends_at']).execute();
    await db.schema
      .createIndex('load_spikes_cluster_time')
      .on('load_spikes')
      .columns(['cluster_id', 'ends_at'])
      .execute();

    await db.schema
      .createTable('custom_points')
      .addColumn('id', dialect === 'postgres' ? 'serial' : 'integer', (c) =>
        dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
      )
      .addColumn('container_id', 'text', (c) => c.notNull())
      .addColumn('cluster_id', 'text', (c) => c.notNull())
      .addColumn('measurement', 'text', (c) => c.notNull())
      .addColumn('field', 'text', (c) => c.notNull())
      // A JSON object of strings, keys sorted: the same tags are the same text.
      .addColumn('tags', 'text', (c) => c.notNull())
      .addColumn('value', 'real', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('custom_points_container')
      .on('custom_points')
      .columns(['container_id', 'at'])
      .execute();
    await db.schema.createIndex('custom_points_cluster').on('custom_points').columns(['cluster_id', 'at']).execute();
    await db.schema.createIndex('custom_points_age').on('custom_points').column('at').execute();
  },
});

import type { Kysely } from 'kysely';

/**
 * Applications, services and containers (ADR 012). Applications and services are resources with
 * two more indexed columns; containers, the one kind counted in the hundred thousands, have a
 * table of their own with a column for every list filter, written in batches by the deploy engine.
 */
export const workloads = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('resources').addColumn('cluster_id', 'text').execute();
    await db.schema.alterTable('resources').addColumn('category', 'text').execute();
    await db.schema
      .createIndex('resources_kind_cluster')
      .on('resources')
      .columns(['kind', 'cluster_id', 'created_at'])
      .execute();

    await db.schema
      .createTable('containers')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('cluster_id', 'text', (c) => c.notNull())
      .addColumn('application_id', 'text', (c) => c.notNull())
      .addColumn('service_id', 'text', (c) => c.notNull())
      .addColumn('node_id', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      /** `{application}/{service}/{number, zero-padded}`: lists read wordpress_web_2 before _10. */
      .addColumn('sort_key', 'text', (c) => c.notNull())
      .addColumn('phase', 'text', (c) => c.notNull())
      .addColumn('health', 'text')
      /** What the operator asked of this container alone; the engine owns every other column. */
      .addColumn('desired_state', 'text', (c) => c.notNull())
      .addColumn('resource_version', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('spec', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addUniqueConstraint('containers_unique_name', ['cluster_id', 'name'])
      .execute();
    for (const [name, columns] of [
      ['containers_name', ['name']],
      ['containers_cluster', ['cluster_id', 'sort_key']],
      ['containers_cluster_phase', ['cluster_id', 'phase', 'sort_key']],
      ['containers_application', ['application_id', 'sort_key']],
      ['containers_service', ['service_id', 'sort_key']],
      ['containers_node', ['node_id', 'sort_key']],
    ] as const) {
      await db.schema
        .createIndex(name)
        .on('containers')
        .columns([...columns])
        .execute();
    }

    // "Ready:3 Stop:0" of each service, application and node, kept by the deploy engine in the same
    // transactions as the container writes that change it, so a list reads it instead of counting.
    await db.schema
      .createTable('container_counts')
      .addColumn('owner_id', 'text', (c) => c.primaryKey())
      .addColumn('ready', 'integer', (c) => c.notNull())
      .addColumn('stopped', 'integer', (c) => c.notNull())
      .addColumn('other', 'integer', (c) => c.notNull())
      .execute();

    await db.schema.alterTable('events').addColumn('application_id', 'text').execute();
    await db.schema.alterTable('events').addColumn('service_id', 'text').execute();
    await db.schema.createIndex('events_application').on('events').columns(['application_id', 'id']).execute();
    await db.schema.createIndex('events_service').on('events').columns(['service_id', 'id']).execute();
    await db.schema
      .createIndex('events_cluster_kind')
      .on('events')
      .columns(['cluster_id', 'resource_kind', 'id'])
      .execute();

    await db.schema
      .createTable('application_versions')
      .addColumn('kind', 'text', (c) => c.notNull().defaultTo('application'))
      .addColumn('application_id', 'text', (c) => c.notNull())
      .addColumn('version', 'text', (c) => c.notNull())
      .addColumn('template', 'text', (c) => c.notNull())
      .addColumn('variables', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('application_versions_pk', ['application_id', 'version'])
      .addForeignKeyConstraint(
        'application_versions_application',
        ['kind', 'application_id'],
        'resources',
        ['kind', 'id'],
        (fk) => fk.onDelete('cascade'),
      )
      .execute();
    await db.schema
      .createIndex('application_versions_created')
      .on('application_versions')
      .columns(['application_id', 'created_at'])
      .execute();
  },
};

import type { Kysely } from 'kysely';

/**
 * The Docker endpoint of each cluster (issue 9): its port on this machine, the server certificate
 * the cluster's CA signed for it, and what Docker clients create there that is not a workload:
 * networks, pulled images, and which applications docker-compose made. All go with the cluster.
 */
export const dockerEndpoints = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('cluster_credentials').addColumn('ca_key', 'text').execute();
    await db.schema.alterTable('cluster_credentials').addColumn('server_cert', 'text').execute();
    await db.schema.alterTable('cluster_credentials').addColumn('server_key', 'text').execute();

    await db.schema
      .createTable('docker_endpoints')
      .addColumn('kind', 'text', (c) => c.notNull().defaultTo('cluster'))
      .addColumn('cluster_id', 'text', (c) => c.primaryKey())
      .addColumn('port', 'integer', (c) => c.notNull().unique())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addForeignKeyConstraint('docker_endpoints_cluster', ['kind', 'cluster_id'], 'resources', ['kind', 'id'], (fk) =>
        fk.onDelete('cascade'),
      )
      .execute();

    await db.schema
      .createTable('docker_networks')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull().defaultTo('cluster'))
      .addColumn('cluster_id', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('driver', 'text', (c) => c.notNull())
      .addColumn('labels', 'text', (c) => c.notNull())
      .addColumn('options', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('docker_networks_name', ['cluster_id', 'name'])
      .addForeignKeyConstraint('docker_networks_cluster', ['kind', 'cluster_id'], 'resources', ['kind', 'id'], (fk) =>
        fk.onDelete('cascade'),
      )
      .execute();

    await db.schema
      .createTable('docker_images')
      .addColumn('kind', 'text', (c) => c.notNull().defaultTo('cluster'))
      .addColumn('cluster_id', 'text', (c) => c.notNull())
      .addColumn('reference', 'text', (c) => c.notNull())
      .addColumn('digest', 'text', (c) => c.notNull())
      .addColumn('pulled_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('docker_images_key', ['cluster_id', 'reference'])
      .addForeignKeyConstraint('docker_images_cluster', ['kind', 'cluster_id'], 'resources', ['kind', 'id'], (fk) =>
        fk.onDelete('cascade'),
      )
      .execute();

    // Applications docker-compose created: removing their last container through the endpoint
    // deletes them, as `docker-compose down` expects. Those made in the console are never deleted so.
    await db.schema
      .createTable('docker_projects')
      .addColumn('kind', 'text', (c) => c.notNull().defaultTo('application'))
      .addColumn('application_id', 'text', (c) => c.primaryKey())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addForeignKeyConstraint(
        'docker_projects_application',
        ['kind', 'application_id'],
        'resources',
        ['kind', 'id'],
        (fk) => fk.onDelete('cascade'),
      )
      .execute();
  },
};

import type { Kysely } from 'kysely';

/** The CA and client certificate of each cluster (certFile.zip); removed with the cluster. */
export const clusterCredentials = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('cluster_credentials')
      .addColumn('kind', 'text', (c) => c.notNull().defaultTo('cluster'))
      .addColumn('cluster_id', 'text', (c) => c.primaryKey())
      .addColumn('ca_cert', 'text', (c) => c.notNull())
      .addColumn('client_cert', 'text', (c) => c.notNull())
      .addColumn('client_key', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addForeignKeyConstraint(
        'cluster_credentials_cluster',
        ['kind', 'cluster_id'],
        'resources',
        ['kind', 'id'],
        (fk) => fk.onDelete('cascade'),
      )
      .execute();
  },
};

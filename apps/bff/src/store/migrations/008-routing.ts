import type { Kysely } from 'kysely';

/**
 * Routing (issue 11): the port of each cluster's Server Load Balancer listener on this machine,
 * and the weight the operator gave each routed service (Set Service Weight), with the weight it had
 * before and whether another changed in the same step (that step drops requests for a while, as the
 * guide warns). No row: the default weight. Both go with their cluster or service.
 */
export const routing = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('slb_endpoints')
      .addColumn('kind', 'text', (c) => c.notNull().defaultTo('cluster'))
      .addColumn('cluster_id', 'text', (c) => c.primaryKey())
      .addColumn('port', 'integer', (c) => c.notNull().unique())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addForeignKeyConstraint('slb_endpoints_cluster', ['kind', 'cluster_id'], 'resources', ['kind', 'id'], (fk) =>
        fk.onDelete('cascade'),
      )
      .execute();

    await db.schema
      .createTable('service_weights')
      .addColumn('kind', 'text', (c) => c.notNull().defaultTo('service'))
      .addColumn('service_id', 'text', (c) => c.primaryKey())
      .addColumn('application_id', 'text', (c) => c.notNull())
      .addColumn('weight', 'integer', (c) => c.notNull())
      .addColumn('previous_weight', 'integer')
      .addColumn('paired', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('changed_at', 'text', (c) => c.notNull())
      .addForeignKeyConstraint('service_weights_service', ['kind', 'service_id'], 'resources', ['kind', 'id'], (fk) =>
        fk.onDelete('cascade'),
      )
      .execute();
    await db.schema
      .createIndex('service_weights_application')
      .on('service_weights')
      .columns(['application_id'])
      .execute();
  },
};

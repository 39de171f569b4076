import type { Kysely } from 'kysely';
import type { Dialect } from '../database.ts';

/** Indexes of the Operation Logs page's filters; each ends with created_at, the page's order. */
const OPERATION_LOG_INDEXES: Record<string, readonly string[]> = {
  operation_logs_created: ['created_at', 'id'],
  operation_logs_kind: ['resource_kind', 'created_at'],
  operation_logs_result: ['result', 'created_at'],
  operation_logs_user: ['user_name', 'created_at'],
  operation_logs_cluster: ['cluster_id', 'created_at'],
  operation_logs_action: ['action', 'created_at'],
  operation_logs_request: ['request_id'],
  operation_logs_resource_name: ['resource_name'],
  // A gone resource's name, from its last record.
  operation_logs_resource: ['resource_kind', 'resource_id', 'id'],
};

/** The Events views' level and kind filters, within the scopes they list (cluster, application, service). */
const EVENT_INDEXES: Record<string, readonly string[]> = {
  events_cluster_level: ['cluster_id', 'level', 'id'],
  events_application_level: ['application_id', 'level', 'id'],
  events_application_kind: ['application_id', 'resource_kind', 'id'],
  events_service_level: ['service_id', 'level', 'id'],
  // One resource's events (a node's, a container's).
  events_resource: ['resource_id', 'id'],
};

/**
 * Operation logs (issue 10): one row per mutating API call, written in the transaction of the
 * call's first write, or after the response when it wrote nothing. No foreign keys: a record
 * outlives the resource it names (a deleted cluster's Delete Cluster stays listed).
 */
export function operationLogs(dialect: Dialect) {
  const serialId = dialect === 'postgres' ? 'serial' : 'integer';
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('operation_logs')
        .addColumn('id', serialId, (c) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text')
        .addColumn('user_name', 'text')
        .addColumn('request_id', 'text', (c) => c.notNull())
        .addColumn('method', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('resource_kind', 'text')
        .addColumn('resource_id', 'text')
        .addColumn('resource_name', 'text')
        .addColumn('cluster_id', 'text')
        .addColumn('result', 'text', (c) => c.notNull())
        .addColumn('status_code', 'integer')
        .addColumn('error_message', 'text')
        .execute();
      for (const [name, columns] of Object.entries(OPERATION_LOG_INDEXES))
        await db.schema
          .createIndex(name)
          .on('operation_logs')
          .columns([...columns])
          .execute();
      for (const [name, columns] of Object.entries(EVENT_INDEXES))
        await db.schema
          .createIndex(name)
          .on('events')
          .columns([...columns])
          .execute();
    },
  };
}

import type { Kysely } from 'kysely';
import type { Dialect } from '../database.ts';

/**
 * Alarm rules (issue 10) and what they recorded when they fired and recovered. A rule's evaluation
 * state (consecutive periods over the threshold, per instance and condition) lives on its row, so a
 * restarted evaluator carries on where the last one stopped. All go with the cluster.
 */
export function alarmRules(dialect: Dialect) {
  const serialId = dialect === 'postgres' ? 'serial' : 'integer';
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('alarm_rules')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('kind', 'text', (c) => c.notNull().defaultTo('cluster'))
        .addColumn('cluster_id', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('enabled', 'integer', (c) => c.notNull())
        .addColumn('phase', 'text', (c) => c.notNull())
        .addColumn('resource_version', 'integer', (c) => c.notNull())
        .addColumn('spec', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('evaluated_at', 'text')
        // Null while disabled: the evaluator's index holds only rules that have work.
        .addColumn('next_due_at', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addForeignKeyConstraint('alarm_rules_cluster', ['kind', 'cluster_id'], 'resources', ['kind', 'id'], (fk) =>
          fk.onDelete('cascade'),
        )
        .execute();
      await db.schema
        .createIndex('alarm_rules_cluster')
        .on('alarm_rules')
        .columns(['cluster_id', 'created_at'])
        .execute();
      await db.schema.createIndex('alarm_rules_due').on('alarm_rules').columns(['next_due_at', 'id']).execute();

      await db.schema
        .createTable('alarm_rule_instances')
        .addColumn('rule_id', 'text', (c) => c.notNull().references('alarm_rules.id').onDelete('cascade'))
        .addColumn('instance_id', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('alarm_rule_instances_pk', ['rule_id', 'instance_id'])
        .execute();
      await db.schema
        .createIndex('alarm_rule_instances_instance')
        .on('alarm_rule_instances')
        .columns(['instance_id', 'rule_id'])
        .execute();

      await db.schema
        .createTable('alarm_history')
        .addColumn('id', serialId, (c) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()))
        .addColumn('rule_id', 'text', (c) => c.notNull().references('alarm_rules.id').onDelete('cascade'))
        .addColumn('cluster_id', 'text', (c) => c.notNull())
        .addColumn('rule_name', 'text', (c) => c.notNull())
        .addColumn('instance_kind', 'text', (c) => c.notNull())
        .addColumn('instance_id', 'text', (c) => c.notNull())
        .addColumn('instance_name', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('value', 'double precision', (c) => c.notNull())
        .addColumn('message', 'text', (c) => c.notNull())
        .addColumn('notified', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('alarm_history_cluster').on('alarm_history').columns(['cluster_id', 'id']).execute();
      await db.schema.createIndex('alarm_history_rule').on('alarm_history').columns(['rule_id', 'id']).execute();
      await db.schema.createIndex('alarm_history_at').on('alarm_history').column('at').execute();
    },
  };
}

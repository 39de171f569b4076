import type { Kysely } from 'kysely';

/**
 * Auto scaling (issue 12): for each service with a container scaling policy and each cluster with a
 * node scaling rule, how many consecutive sample periods were beyond each bound and which period
 * was judged last, so a restart (or another replica taking over) carries on where the last left.
 * A row goes with its service or cluster.
 */
export const scalingCounters = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('scaling_counters')
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('subject_id', 'text', (c) => c.primaryKey())
      .addColumn('over', 'integer', (c) => c.notNull())
      .addColumn('under', 'integer', (c) => c.notNull())
      .addColumn('judged_to', 'text', (c) => c.notNull())
      .addForeignKeyConstraint('scaling_counters_subject', ['kind', 'subject_id'], 'resources', ['kind', 'id'], (fk) =>
        fk.onDelete('cascade'),
      )
      .execute();
  },
};

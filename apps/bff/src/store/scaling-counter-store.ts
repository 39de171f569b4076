import type { ScalingCounters } from '@cs/domain';
import type { Kysely, Transaction } from 'kysely';
import { chunks } from './container-store.ts';
import type { Schema } from './schema.ts';

/** Where a service's (or cluster's) auto scaling stands: its counts and the last period judged. */
export interface StoredCounters extends ScalingCounters {
  judgedTo: number;
}

/** Consecutive periods beyond the bounds, kept per scaled subject (migration 013). */
export class ScalingCounterStore {
  constructor(private readonly db: Kysely<Schema>) {}

  async of(subjectIds: readonly string[]): Promise<Map<string, StoredCounters>> {
    const found = new Map<string, StoredCounters>();
    for (const part of chunks(subjectIds)) {
      const rows = await this.db.selectFrom('scaling_counters').selectAll().where('subject_id', 'in', part).execute();
      for (const r of rows)
        found.set(r.subject_id, { over: r.over, under: r.under, judgedTo: Date.parse(r.judged_to) });
    }
    return found;
  }

  async setIn(
    trx: Transaction<Schema>,
    kind: 'service' | 'cluster',
    subjectId: string,
    counters: StoredCounters,
  ): Promise<void> {
    const row = { over: counters.over, under: counters.under, judged_to: new Date(counters.judgedTo).toISOString() };
    await trx
      .insertInto('scaling_counters')
      .values({ kind, subject_id: subjectId, ...row })
      .onConflict((oc) => oc.column('subject_id').doUpdateSet(row))
      .execute();
  }
}

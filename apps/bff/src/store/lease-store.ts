import type { Kysely } from 'kysely';
import type { Schema } from './schema.ts';

/** Named leases in the database: whoever holds an unexpired one does the work it names. */
export class LeaseStore {
  constructor(private readonly db: Kysely<Schema>) {}

  /** Takes or renews the lease until `expiresAt`; true when `holder` has it afterwards. */
  async acquire(name: string, holder: string, now: string, expiresAt: string): Promise<boolean> {
    await this.db
      .insertInto('leases')
      .values({ name, holder, expires_at: expiresAt })
      .onConflict((oc) =>
        oc
          .column('name')
          .doUpdateSet({ holder, expires_at: expiresAt })
          .where((eb) => eb.or([eb('leases.holder', '=', holder), eb('leases.expires_at', '<=', now)])),
      )
      .execute();
    const row = await this.db.selectFrom('leases').select('holder').where('name', '=', name).executeTakeFirst();
    return row?.holder === holder;
  }

  /** Takes the lease whoever holds it: for a store only one process can open (SQLite). */
  async take(name: string, holder: string, expiresAt: string): Promise<void> {
    await this.db
      .insertInto('leases')
      .values({ name, holder, expires_at: expiresAt })
      .onConflict((oc) => oc.column('name').doUpdateSet({ holder, expires_at: expiresAt }))
      .execute();
  }

  async release(name: string, holder: string): Promise<void> {
    await this.db.deleteFrom('leases').where('name', '=', name).where('holder', '=', holder).execute();
  }
}

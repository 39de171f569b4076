import type { Kysely, Selectable } from 'kysely';
import type { Schema, UsersTable } from './schema.ts';

export type UserRow = Selectable<UsersTable>;

/** Accounts that can sign in; passwords are stored only as KDF hashes. */
export class UserStore {
  constructor(private readonly db: Kysely<Schema>) {}

  findByUsername(username: string): Promise<UserRow | undefined> {
    return this.db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
  }

  findById(id: string): Promise<UserRow | undefined> {
    return this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** Creates the user, or replaces the password hash of an existing one of that name. */
  async upsert(user: UserRow): Promise<void> {
    await this.db
      .insertInto('users')
      .values(user)
      .onConflict((oc) => oc.column('username').doUpdateSet({ password_hash: user.password_hash, role: user.role }))
      .execute();
  }
}

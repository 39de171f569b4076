import type { Kysely } from 'kysely';
import type { Schema } from './schema.ts';

export interface SessionRecord {
  userId: string;
  username: string;
  role: 'primary' | 'subaccount';
  expiresAt: string;
}

/** Signed-in sessions, keyed by the hash of their token (the token itself is only in the cookie). */
export class SessionStore {
  constructor(private readonly db: Kysely<Schema>) {}

  async create(tokenHash: string, userId: string, createdAt: string, expiresAt: string): Promise<void> {
    await this.db
      .insertInto('sessions')
      .values({ token_hash: tokenHash, user_id: userId, created_at: createdAt, expires_at: expiresAt })
      .execute();
  }

  async findValid(tokenHash: string, now: string): Promise<SessionRecord | undefined> {
    const row = await this.db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .select(['users.id as userId', 'users.username', 'users.role', 'sessions.expires_at as expiresAt'])
      .where('sessions.token_hash', '=', tokenHash)
      .where('sessions.expires_at', '>', now)
      .executeTakeFirst();
    return row;
  }

  async delete(tokenHash: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
  }

  async deleteExpired(now: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
  }
}

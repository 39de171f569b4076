import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { UnauthorizedError } from '@cs/domain';
import type { SessionRecord } from '../store/session-store.ts';
import type { Store } from '../store/store.ts';
import { FreshCache } from './fresh-cache.ts';
import { DEFAULT_SCRYPT, hashPassword, verifyPassword } from './password-hash.ts';
import { LoginThrottle } from './login-throttle.ts';

export const SESSION_TTL_MS = 12 * 60 * 60_000;
export const WRONG_CREDENTIALS = 'The user name or password is incorrect.';
/**
 * How long this replica trusts a session it has looked up: a sign-out elsewhere reaches it within
 * this long; its own sign-outs at once (ADR 011).
 */
export const SESSION_FRESH_MS = 1_000;
const SESSIONS_CACHED = 10_000;

export class TooManyAttemptsError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many failed sign-ins. Try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).`);
  }
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface AuthServiceOptions {
  throttle?: LoginThrottle;
  scryptCost?: { N: number; r: number; p: number };
}

/** Sign-in, sessions and the demo primary account. Tokens live only in the cookie; the store keeps their hash. */
export class AuthService {
  private readonly throttle: LoginThrottle;
  private readonly scryptCost: { N: number; r: number; p: number };
  /** Verified against when the user does not exist, so both answers take as long. */
  private decoyHash: Promise<string> | undefined;
  private readonly sessions = new FreshCache<SessionRecord>({ freshMs: SESSION_FRESH_MS, maxEntries: SESSIONS_CACHED });

  constructor(
    private readonly store: Store,
    options: AuthServiceOptions = {},
  ) {
    this.throttle = options.throttle ?? new LoginThrottle();
    this.scryptCost = options.scryptCost ?? DEFAULT_SCRYPT;
  }

  /** Creates the primary account `admin` or sets its password. */
  async ensureAdmin(password: string): Promise<void> {
    const existing = await this.store.users.findByUsername('admin');
    await this.store.users.upsert({
      id: existing?.id ?? randomUUID(),
      username: 'admin',
      password_hash: await hashPassword(password, this.scryptCost),
      role: 'primary',
      created_at: existing?.created_at ?? new Date().toISOString(),
    });
  }

  async signIn(username: string, password: string, client: string): Promise<{ token: string; session: SessionRecord }> {
    const key = `${username.toLowerCase()}|${client}`;
    const waitMs = this.throttle.retryAfterMs(key);
    if (waitMs > 0) throw new TooManyAttemptsError(Math.ceil(waitMs / 1000));

    const user = await this.store.users.findByUsername(username);
    this.decoyHash ??= hashPassword(randomUUID(), this.scryptCost);
    const valid = await verifyPassword(password, user?.password_hash ?? (await this.decoyHash));
    if (!user || !valid) {
      this.throttle.recordFailure(key);
      throw new UnauthorizedError(WRONG_CREDENTIALS);
    }
    this.throttle.recordSuccess(key);

    const token = randomBytes(32).toString('base64url');
    const now = Date.now();
    const expiresAt = new Date(now + SESSION_TTL_MS).toISOString();
    await this.store.sessions.create(hashToken(token), user.id, new Date(now).toISOString(), expiresAt);
    return { token, session: { userId: user.id, username: user.username, role: user.role, expiresAt } };
  }

  /** The session of a cookie's token: from the store, or from this replica's lookups of the last second. */
  async authenticate(token: string): Promise<{ session: SessionRecord; tokenHash: string } | undefined> {
    const tokenHash = hashToken(token);
    const session = await this.sessions.get(tokenHash, () =>
      this.store.sessions.findValid(tokenHash, new Date().toISOString()),
    );
    return session && Date.parse(session.expiresAt) > Date.now() ? { session, tokenHash } : undefined;
  }

  /** Ends a session here at once: forgotten before and after the delete, since a lookup may run meanwhile. */
  async signOut(tokenHash: string): Promise<void> {
    this.sessions.delete(tokenHash);
    await this.store.sessions.delete(tokenHash);
    this.sessions.delete(tokenHash);
  }

  async purgeExpiredSessions(): Promise<void> {
    await this.store.sessions.deleteExpired(new Date().toISOString());
  }
}

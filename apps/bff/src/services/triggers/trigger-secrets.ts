import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A trigger link's token: random, url-safe, and naming nothing of the account or application. */
export const newTriggerToken = (): string => randomBytes(24).toString('base64url');

/** A trigger's secret: 18 random bytes in hex, 36 characters like the guide's. */
export const newTriggerSecret = (): string => randomBytes(18).toString('hex');

const sha256 = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

/**
 * The trigger's id, derived from its token, so a call finds its trigger by primary key. Secrets
 * are random and long, so a plain digest (not a slow password hash) keeps them safe at rest.
 */
export const triggerIdOf = (token: string): string => `tr-${sha256(`token:${token}`).toString('hex').slice(0, 32)}`;

/** What the store keeps of a secret. */
export const hashTriggerSecret = (secret: string): string => sha256(`secret:${secret}`).toString('hex');

/** Whether `given` is the secret whose hash is `storedHash`, in time independent of where they differ. */
export function triggerSecretMatches(given: string | undefined, storedHash: string): boolean {
  const expected = Buffer.from(storedHash, 'hex');
  const actual = sha256(`secret:${given ?? ''}`);
  return given !== undefined && expected.length === actual.length && timingSafeEqual(actual, expected);
}

/** The secret as the list shows it: its last four characters only. */
export const maskTriggerSecret = (secret: string): string => `${'*'.repeat(8)}${secret.slice(-4)}`;

import { randomBytes } from 'node:crypto';

/** A manual-attach token: 24 random bytes in base64url, so exactly 32 of [A-Za-z0-9_-]. */
const ATTACH_TOKEN = /^[A-Za-z0-9_-]{32}$/;

export function newAttachToken(): string {
  return randomBytes(24).toString('base64url');
}

/** True for what `newAttachToken` could have made; anything else is refused before it is used. */
export function isAttachToken(value: string): boolean {
  return ATTACH_TOKEN.test(value);
}

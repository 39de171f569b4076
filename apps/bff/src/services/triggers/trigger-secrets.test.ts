import { describe, expect, it } from 'vitest';
import {
  hashTriggerSecret,
  maskTriggerSecret,
  newTriggerSecret,
  newTriggerToken,
  triggerIdOf,
  triggerSecretMatches,
} from './trigger-secrets.ts';

describe('trigger secrets', () => {
  it('makes url-safe tokens and 36-character hex secrets, new each time', () => {
    const tokens = new Set(Array.from({ length: 50 }, newTriggerToken));
    const secrets = new Set(Array.from({ length: 50 }, newTriggerSecret));
    expect(tokens.size).toBe(50);
    expect(secrets.size).toBe(50);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    for (const secret of secrets) expect(secret).toMatch(/^[0-9a-f]{36}$/);
  });

  it('derives a stable id from the token that does not show the token', () => {
    const token = newTriggerToken();
    expect(triggerIdOf(token)).toBe(triggerIdOf(token));
    expect(triggerIdOf(token)).toMatch(/^tr-[0-9a-f]{32}$/);
    expect(triggerIdOf(token)).not.toContain(token);
    expect(triggerIdOf(newTriggerToken())).not.toBe(triggerIdOf(token));
  });

  it('keeps a digest only, and matches the secret and nothing else', () => {
    const secret = newTriggerSecret();
    const stored = hashTriggerSecret(secret);
    expect(stored).not.toContain(secret);
    expect(stored).toMatch(/^[0-9a-f]{64}$/);
    expect(triggerSecretMatches(secret, stored)).toBe(true);
    for (const wrong of [undefined, '', secret.toUpperCase(), `${secret} `, secret.slice(1), '秘密', '\u0000'])
      expect(triggerSecretMatches(wrong, stored)).toBe(false);
    // The digest of the empty secret does not open a trigger asked with no secret.
    expect(triggerSecretMatches(undefined, hashTriggerSecret(''))).toBe(false);
    // A stored value of another length (a damaged row) refuses rather than throws.
    expect(triggerSecretMatches(secret, 'abcd')).toBe(false);
  });

  it('masks all but the last four characters', () => {
    expect(maskTriggerSecret('74386f737245553732703738674b7966439e')).toBe('********439e');
  });
});

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedPath, sharedRoot, skipNotice } from '../testing/shared.ts';

/** The lookup behind the conformance suites (`testing/shared.ts`): a clone without ../shared still passes. */
describe('the shared folder beside the repository', () => {
  const missing = join(import.meta.dirname, 'no-such-shared-folder');

  it('is found by CS_SHARED_DIR, or ../shared beside the repository', () => {
    expect(sharedRoot({ CS_SHARED_DIR: missing })).toBe(missing);
    expect(sharedRoot({})).toMatch(/[/\\]shared$/);
  });

  it('is absent without failing outside CI, so the conformance suites are skipped', () => {
    expect(sharedPath('corpus/awesome-compose', { CS_SHARED_DIR: missing })).toBeUndefined();
    expect(skipNotice('conformance against the corpus', 'corpus/awesome-compose')).toBe(
      'skipped: ../shared/corpus/awesome-compose not found beside the repository (conformance against the corpus runs in CI)',
    );
  });

  it('must be there under CI=true', () => {
    expect(() => sharedPath('corpus/awesome-compose', { CS_SHARED_DIR: missing, CI: 'true' })).toThrow(
      /corpus\/awesome-compose is missing/,
    );
  });

  it('gives the path of what it holds', () => {
    expect(sharedPath('src', { CS_SHARED_DIR: join(import.meta.dirname, '..') })).toBe(
      join(import.meta.dirname, '..', 'src'),
    );
  });
});

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'vitest';

/**
 * The shared folder beside the repository (the awesome-compose corpus, the reference schemas, the
 * guide), read in place and never copied in. `CS_SHARED_DIR` points elsewhere, e.g. at a missing
 * folder to try the skip path: packages/compose/testing → ../shared.
 */
export function sharedRoot(env: NodeJS.ProcessEnv = process.env): string {
  return env['CS_SHARED_DIR'] ? resolve(env['CS_SHARED_DIR']) : resolve(import.meta.dirname, '../../../../shared');
}

/**
 * The absolute path of `relative` inside the shared folder, or undefined when it is not there.
 * Under `CI=true` a missing folder throws: CI always has it, so a skip there would hide a failure.
 */
export function sharedPath(relative: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const path = resolve(sharedRoot(env), relative);
  if (existsSync(path)) return path;
  if (env['CI'] === 'true')
    throw new Error(`../shared/${relative} is missing (looked at ${path}); CI runs the conformance suites against it.`);
  return undefined;
}

/** The one line a skipped suite shows: what was skipped and why. */
export function skipNotice(what: string, relative: string): string {
  return `skipped: ../shared/${relative} not found beside the repository (${what} runs in CI)`;
}

/**
 * A suite that checks conformance against shared material: run with its path when the folder is
 * there, otherwise one skipped test whose title (also printed once) says what was skipped and why.
 */
export function describeWithShared(
  title: string,
  relative: string,
  what: string,
  body: (path: string) => void,
  env: NodeJS.ProcessEnv = process.env,
): void {
  const path = sharedPath(relative, env);
  if (path) {
    describe(title, () => body(path));
    return;
  }
  const notice = skipNotice(what, relative);
  console.warn(notice);
  it.skip(notice);
}

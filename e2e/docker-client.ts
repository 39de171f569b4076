import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { runClient } from '../apps/bff/src/testing/client-process.ts';
import type { ClientResult } from '../apps/bff/src/testing/client-process.ts';

export { clientEnv, dockerClientsMissing, runClient } from '../apps/bff/src/testing/client-process.ts';
export type { ClientResult } from '../apps/bff/src/testing/client-process.ts';

/** Unzips certFile.zip into `dir` (made when missing) and returns the names of the files in it. */
export function unzipCertificate(zipPath: string, dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const files = unzipSync(new Uint8Array(readFileSync(zipPath)));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return Object.keys(files).sort();
}

/** Runs shell text as a user pasting it would, in bash (`-e`: the first failing command ends it). */
export function runShell(
  script: string,
  options: { env: NodeJS.ProcessEnv; cwd: string },
  timeoutMs?: number,
): Promise<ClientResult> {
  return runClient('bash', ['-e', '-c', script], options, timeoutMs);
}

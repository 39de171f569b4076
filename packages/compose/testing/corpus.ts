import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Where the awesome-compose corpus sits inside the shared folder (see `shared.ts`). */
export const CORPUS = 'corpus/awesome-compose';

const COMPOSE_FILE = /^(docker-)?compose[^/]*\.ya?ml$/;

/** Every Compose file under the corpus folder (recursively), relative to it; fails loudly if there is none. */
export function corpusFiles(dir: string): string[] {
  const walk = (at: string): string[] =>
    readdirSync(at).flatMap((name) => {
      const path = join(at, name);
      return statSync(path).isDirectory() ? walk(path) : COMPOSE_FILE.test(name) ? [path] : [];
    });
  const files = walk(dir)
    .map((p) => relative(dir, p))
    .sort();
  if (files.length === 0) throw new Error(`No Compose file found under ${dir}.`);
  return files;
}

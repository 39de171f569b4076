import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/**
 * The awesome-compose corpus, read in place from the shared folder beside the repository (never
 * copied into it). The path is relative to this folder: packages/compose/testing → /work/shared.
 */
export const CORPUS_DIR = resolve(import.meta.dirname, '../../../../shared/corpus/awesome-compose');

const COMPOSE_FILE = /^(docker-)?compose[^/]*\.ya?ml$/;

/** Every Compose file of the corpus (recursively), relative to the corpus folder; fails loudly if it is missing. */
export function corpusFiles(): string[] {
  if (!existsSync(CORPUS_DIR)) throw new Error(`The awesome-compose corpus is missing: expected it at ${CORPUS_DIR}.`);
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : COMPOSE_FILE.test(name) ? [path] : [];
    });
  const files = walk(CORPUS_DIR)
    .map((p) => relative(CORPUS_DIR, p))
    .sort();
  if (files.length === 0) throw new Error(`No Compose file found under ${CORPUS_DIR}.`);
  return files;
}

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(import.meta.dirname, 'fixtures');

/** Compose files written for this project's own tests (`testing/fixtures/*.yaml`), by file name. */
export function fixtureTemplates(): { file: string; source: string }[] {
  return readdirSync(DIR)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((file) => ({ file, source: readFileSync(join(DIR, file), 'utf8') }));
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The JavaScript a browser must fetch before the first route renders: index.html's entry
 * script and its modulepreloads, gzipped at level 9. Prints one JSON line.
 */
const dist = join(import.meta.dirname, '../../apps/console/dist');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const files = [
  ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
].map((m) => m[1]!);
if (files.length === 0) throw new Error('index.html names no module script: is the console built?');
const sizes = files.map((file) => {
  const bytes = readFileSync(join(dist, file.replace(/^\//, '')));
  return { file, rawBytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
});
const total = (key: 'rawBytes' | 'gzipBytes') => sizes.reduce((sum, s) => sum + s[key], 0);
process.stdout.write(
  `${JSON.stringify({ bench: 'console.first-route-js', gzipBytes: total('gzipBytes'), rawBytes: total('rawBytes'), files: sizes.length })}\n`,
);

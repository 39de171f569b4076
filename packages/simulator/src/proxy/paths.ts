import { words } from './values.ts';

/** An absolute path of the container's file system, moved under `root` when one is given. */
export function rooted(root: string | undefined, path: string): string {
  if (!root) return path;
  return `${root.replace(/\/+$/, '')}${path.startsWith('/') ? '' : '/'}${path}`;
}

/** An absolute path of plain characters (CERT_FOLDER, CA_CERT_FILE). */
export function isAbsolutePath(text: string): boolean {
  return /^\/[A-Za-z0-9._/-]{0,255}$/.test(text) && !text.split('/').includes('..');
}

/**
 * `errorfile <code> <file>` in an EXTRA_* setting names a file mounted into the container (the
 * guide's 503 page); under `root` it is looked for there too. Other free text is left as written.
 */
export function rootedDirective(root: string | undefined, directive: string): string {
  const parts = words(directive);
  const [keyword, code, file] = parts;
  if (!root || keyword !== 'errorfile' || parts.length !== 3 || !code || !file || !isAbsolutePath(file))
    return directive;
  return `errorfile ${code} ${rooted(root, file)}`;
}

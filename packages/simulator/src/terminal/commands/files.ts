import type { Command } from '../command.ts';
import { directoryEntries, fileText, isFile, normalizePath } from '../filesystem.ts';
import { isDebianBased } from '../image-shell.ts';

/** `ls [-1] [path…]`: BusyBox lays names out in columns; one per line with -1. */
export const ls: Command = ({ argv, world, out }) => {
  const options = argv.slice(1).filter((a) => a.startsWith('-'));
  const paths = argv.slice(1).filter((a) => !a.startsWith('-'));
  const perLine = options.some((o) => o.includes('1') || o.includes('l'));
  const debian = isDebianBased(world.self.image);
  let status = 0;
  for (const asked of paths.length > 0 ? paths : ['/']) {
    const path = normalizePath(asked);
    const entries = directoryEntries(world.self.image, path);
    if (entries) {
      if (paths.length > 1) out(`${asked}:\n`);
      if (entries.length > 0) out(`${perLine ? entries.join('\n') : entries.join('  ')}\n`);
    } else if (isFile(world.self.image, path)) out(`${asked}\n`);
    else {
      out(
        debian
          ? `ls: cannot access '${asked}': No such file or directory\n`
          : `ls: ${asked}: No such file or directory\n`,
      );
      status = debian ? 2 : 1;
    }
  }
  return status;
};

/** `cat file…`: the few files a container's network is described by. */
export const cat: Command = async ({ argv, world, out }) => {
  const debian = isDebianBased(world.self.image);
  let status = 0;
  for (const asked of argv.slice(1)) {
    const path = normalizePath(asked);
    const text = fileText(world, path);
    if (text !== undefined) out(await text);
    else if (directoryEntries(world.self.image, path)) {
      out(debian ? `cat: ${asked}: Is a directory\n` : 'cat: read error: Is a directory\n');
      status = 1;
    } else if (isFile(world.self.image, path)) {
      out(debian ? `cat: ${asked}: Permission denied\n` : `cat: can't open '${asked}': Permission denied\n`);
      status = 1;
    } else {
      out(
        debian
          ? `cat: ${asked}: No such file or directory\n`
          : `cat: can't open '${asked}': No such file or directory\n`,
      );
      status = 1;
    }
  }
  return status;
};

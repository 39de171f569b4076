import { isDebianBased } from './image-shell.ts';
import { resolveHost } from './resolve.ts';
import type { ShellWorld } from './world.ts';

const BUSYBOX_ROOT = ['bin', 'dev', 'etc', 'home', 'proc', 'root', 'sys', 'tmp', 'usr', 'var'];
const DEBIAN_ROOT = [
  'bin',
  'boot',
  'dev',
  'etc',
  'home',
  'lib',
  'lib64',
  'media',
  'mnt',
  'opt',
  'proc',
  'root',
  'run',
  'sbin',
  'srv',
  'sys',
  'tmp',
  'usr',
  'var',
];
const ETC = ['group', 'hostname', 'hosts', 'localtime', 'mtab', 'network', 'passwd', 'resolv.conf', 'shadow'];
const EMPTY_DIRS = ['/home', '/root', '/tmp', '/mnt', '/opt', '/srv'];

/** At most this many links are written into /etc/hosts (each is a lookup). */
const MAX_HOSTS_LINKS = 20;

const HOSTS_HEADER = [
  '127.0.0.1\tlocalhost',
  '::1\tlocalhost ip6-localhost ip6-loopback',
  'fe00::0\tip6-localnet',
  'ff00::0\tip6-mcastprefix',
  'ff02::1\tip6-allnodes',
  'ff02::2\tip6-allrouters',
];

/** Docker's /etc/hosts: loopback, each link's alias with the linked container, then the container itself. */
async function etcHosts(world: ShellWorld): Promise<string> {
  const lines = [...HOSTS_HEADER];
  for (const link of world.self.links.slice(0, MAX_HOSTS_LINKS)) {
    const found = await resolveHost(world, link.alias);
    const host = found?.hosts[0];
    if (host) lines.push(`${host.containerIp}\t${link.alias} ${host.name}`);
  }
  lines.push(`${world.self.containerIp}\t${world.self.hostname}`);
  return `${lines.join('\n')}\n`;
}

const FILES: Readonly<Record<string, (world: ShellWorld) => string | Promise<string>>> = {
  '/etc/hosts': etcHosts,
  '/etc/hostname': (world) => `${world.self.hostname}\n`,
  '/etc/resolv.conf': () => 'nameserver 127.0.0.11\noptions ndots:0\n',
  '/etc/passwd': () => 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/home:/bin/false\n',
  '/etc/group': () => 'root:x:0:\nnobody:x:65534:\n',
  '/etc/network': () => '',
};

/** `/etc/../etc/hosts` and `etc/hosts` (the shell stays in `/`) both name `/etc/hosts`. */
export function normalizePath(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}

/** The entries of a directory, or undefined when the path is none. */
export function directoryEntries(image: string, path: string): readonly string[] | undefined {
  if (path === '/') return isDebianBased(image) ? DEBIAN_ROOT : BUSYBOX_ROOT;
  if (path === '/etc') return ETC;
  if (EMPTY_DIRS.includes(path)) return [];
  return undefined;
}

/** A file's text, or undefined when there is no such file. */
export function fileText(world: ShellWorld, path: string): string | Promise<string> | undefined {
  return FILES[path]?.(world);
}

/** Whether something is at the path: a file without content here still lists (`/etc/shadow`). */
export function isFile(image: string, path: string): boolean {
  const slash = path.lastIndexOf('/');
  const parent = directoryEntries(image, path.slice(0, slash) || '/');
  return parent?.includes(path.slice(slash + 1)) === true && directoryEntries(image, path) === undefined;
}

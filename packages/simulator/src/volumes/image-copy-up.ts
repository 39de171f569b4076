import type { ServiceVolume } from '@cs/domain';
import { directoryEntries, normalizePath } from '../terminal/filesystem.ts';
import { repositoryName } from '../registry/registry.ts';

/** Directories well-known images create beyond their base system (their data and document roots). */
const IMAGE_DIRECTORIES: Readonly<Record<string, readonly string[]>> = {
  nginx: ['/usr/share/nginx/html', '/etc/nginx'],
  httpd: ['/usr/local/apache2/htdocs'],
  php: ['/var/www/html'],
  wordpress: ['/var/www/html'],
  tomcat: ['/usr/local/tomcat/webapps'],
  mysql: ['/var/lib/mysql'],
  mariadb: ['/var/lib/mysql'],
  redis: ['/data'],
  mongo: ['/data/db'],
  postgres: ['/var/lib/postgresql/data'],
  jenkins: ['/var/jenkins_home'],
  elasticsearch: ['/usr/share/elasticsearch/data'],
  influxdb: ['/var/lib/influxdb'],
};

/** Whether the image has a directory at `path` (its base system's, or one the image is known to create). */
export function imageHasDirectory(image: string, path: string): boolean {
  const target = normalizePath(path);
  if (target === '/' || directoryEntries(image, target) !== undefined) return true;
  const slash = target.lastIndexOf('/');
  // Every entry of the root is a directory (/etc's entries are files).
  if (slash === 0 && directoryEntries(image, '/')?.includes(target.slice(1))) return true;
  const known = IMAGE_DIRECTORIES[repositoryName(image)] ?? [];
  return known.some((dir) => dir === target || dir.startsWith(`${target}/`));
}

/**
 * Why the container cannot start with its OSSFS data volumes, or undefined when it can: Docker
 * copies an image's files into a volume mounted over a directory the image has and chowns the
 * mount point, which Linux refuses on the ossfs mount (the guide's troubleshooting). `nocopy` skips the copy.
 */
export function ossfsCopyUpFailure(image: string, volumes: readonly ServiceVolume[]): string | undefined {
  for (const v of volumes) {
    if (v.kind !== 'volume' || v.driver !== 'ossfs' || !v.source) continue;
    if (v.mode?.split(',').includes('nocopy')) continue;
    if (imageHasDirectory(image, v.target)) return `chown /mnt/acs_mnt/ossfs/${v.source}: input/output error`;
  }
  return undefined;
}

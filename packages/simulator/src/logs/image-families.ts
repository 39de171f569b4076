import { repositoryName } from '../registry/registry.ts';
import { MARIADB, MYSQL, POSTGRES, REDIS } from './database-images.ts';
import type { ImageLines } from './image-lines.ts';
import type { Run } from './run.ts';
import { plainLine } from './script.ts';
import { HTTPD, NGINX, PHP, TOMCAT, WORDPRESS } from './web-images.ts';

const program = (run: Run) => repositoryName(run.subject.image);

/** An image this module knows nothing of says little: that it starts, and that it stops. */
const GENERIC: ImageLines = {
  startup: (run) => [
    plainLine(0, 'stdout', `Starting ${program(run)} ...`),
    plainLine(300, 'stdout', `${program(run)} started (pid 1)`),
  ],
  shutdown: (run) => [plainLine(0, 'stdout', `Received SIGTERM, shutting down ${program(run)}`)],
  crash: (run) => plainLine(0, 'stderr', `${program(run)}: fatal error, exiting with code ${run.exitCode}`),
  unhealthy: (_at, run) => `${program(run)}: error: request timed out after 2000 ms`,
};

const BY_REPOSITORY: Readonly<Record<string, ImageLines>> = {
  nginx: NGINX,
  wordpress: WORDPRESS,
  php: PHP,
  httpd: HTTPD,
  tomcat: TOMCAT,
  mysql: MYSQL,
  mariadb: MARIADB,
  redis: REDIS,
  postgres: POSTGRES,
};

/** The templates for an image, by its repository (`registry.aliyuncs.com/acs-sample/wordpress:4.5` → wordpress). */
export function imageLinesOf(image: string): ImageLines {
  return BY_REPOSITORY[repositoryName(image)] ?? GENERIC;
}

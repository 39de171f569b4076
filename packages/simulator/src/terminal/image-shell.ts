import { repositoryName } from '../registry/registry.ts';

/**
 * Images built on Debian or Ubuntu, whose bash prompts `root@<hostname>:/# `. The rest (busybox,
 * alpine, the `-alpine` tags, the Alibaba Cloud agents) run BusyBox `sh`, prompting `/ # `.
 */
const DEBIAN_BASED = new Set([
  'nginx',
  'httpd',
  'php',
  'wordpress',
  'tomcat',
  'mysql',
  'mariadb',
  'redis',
  'postgres',
  'mongo',
  'jenkins',
  'gitlab',
  'gitlab-ce',
  'elasticsearch',
  'influxdb',
  'debian',
  'ubuntu',
]);

const tagOf = (image: string) => {
  const last = image.slice(image.lastIndexOf('/') + 1);
  const colon = last.indexOf(':');
  return colon >= 0 ? last.slice(colon + 1) : '';
};

export function isDebianBased(image: string): boolean {
  return DEBIAN_BASED.has(repositoryName(image)) && !tagOf(image).includes('alpine');
}

/** The prompt of the image's shell: `/ # ` for BusyBox and Alpine, `root@web-1:/# ` for Debian-based images. */
export function shellPrompt(image: string, hostname: string): string {
  return isDebianBased(image) ? `root@${hostname}:/# ` : '/ # ';
}

/** What `sh` says of a command it cannot find: BusyBox `sh: foo: not found`, bash `bash: foo: command not found`. */
export function notFound(image: string, command: string): string {
  return isDebianBased(image) ? `bash: ${command}: command not found` : `sh: ${command}: not found`;
}

/** What PID 1 runs when the service names no command: the image's default. */
export function defaultCommand(image: string): string {
  const repository = repositoryName(image);
  if (repository === 'nginx') return 'nginx: master process nginx -g daemon off;';
  if (repository === 'httpd') return 'httpd -DFOREGROUND';
  if (['php', 'wordpress'].includes(repository)) return 'apache2 -DFOREGROUND';
  if (repository === 'redis') return 'redis-server *:6379';
  if (['mysql', 'mariadb'].includes(repository)) return 'mysqld';
  if (repository === 'postgres') return 'postgres';
  if (repository === 'tomcat')
    return 'java -Djava.util.logging.config.file=/usr/local/tomcat/conf/logging.properties org.apache.catalina.startup.Bootstrap start';
  return isDebianBased(image) ? 'bash' : 'sh';
}

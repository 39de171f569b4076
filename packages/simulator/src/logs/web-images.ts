import { randomInt } from '../random.ts';
import { PROBE_SOURCE_IP, probePath } from './access-log.ts';
import type { RequestKind } from './access-log.ts';
import type { ImageLines } from './image-lines.ts';
import { workerPid } from './run.ts';
import type { Run } from './run.ts';
import { plainLine } from './script.ts';
import type { ScriptLine } from './script.ts';
import { apacheErrorTime, nginxErrorTime, tomcatTime } from './timestamps.ts';
import type { Instant } from './timestamps.ts';

const NGINX_VERSION = '1.19.10';

/** nginx's error log (stderr): `2026/12/01 10:00:00 [notice] 1#1: …`. */
const nginxError = (at: Instant, level: string, pid: number, message: string) =>
  `${nginxErrorTime(at)} [${level}] ${pid}#${pid}: ${message}`;
const nginxNotice = (gapMs: number, pid: number, message: string): ScriptLine => ({
  gapMs,
  stream: 'stderr',
  text: (at) => nginxError(at, 'notice', pid, message),
});

const NGINX_NOT_FOUND_BYTES = 153;

export const NGINX: ImageLines = {
  startup: (run) => [
    plainLine(
      0,
      'stdout',
      '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
    ),
    plainLine(2, 'stdout', '/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/'),
    plainLine(2, 'stdout', '/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh'),
    plainLine(
      20,
      'stdout',
      '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf',
    ),
    plainLine(4, 'stdout', '/docker-entrypoint.sh: Configuration complete; ready for start up'),
    nginxNotice(30, 1, 'using the "epoll" event method'),
    nginxNotice(1, 1, `nginx/${NGINX_VERSION}`),
    nginxNotice(1, 1, 'built by gcc 8.3.0 (Debian 8.3.0-6)'),
    nginxNotice(1, 1, 'start worker processes'),
    nginxNotice(2, 1, `start worker process ${workerPid(run)}`),
  ],
  shutdown: (run) => [
    nginxNotice(0, 1, 'signal 3 (SIGQUIT) received, shutting down'),
    nginxNotice(4, workerPid(run), 'gracefully shutting down'),
  ],
  crash: (run) => ({
    gapMs: 0,
    stream: 'stderr',
    text: (at) => nginxError(at, 'alert', 1, `worker process ${workerPid(run)} exited on signal 9`),
  }),
  unhealthy: (at, run, request) => {
    const path = probePath(run.subject.probe) ?? '/index.html';
    const file = `/usr/share/nginx/html${path.split('?')[0]}`;
    return nginxError(
      at,
      'error',
      workerPid(run),
      `*${request} open() "${file}" failed (2: No such file or directory), client: ${PROBE_SOURCE_IP}, server: localhost, request: "GET ${path} HTTP/1.1", host: "${run.subject.containerIp}"`,
    );
  },
  access: {
    server: `nginx/${NGINX_VERSION}`,
    forwardedFor: true,
    unhealthyResponse: { status: 404, bytes: NGINX_NOT_FOUND_BYTES },
    requests: [
      { method: 'GET', path: '/', status: 200, bytes: 612, weight: 8 },
      { method: 'GET', path: '/index.html', status: 200, bytes: 612, weight: 2 },
      { method: 'HEAD', path: '/', status: 200, bytes: 0, weight: 1 },
      { method: 'GET', path: '/favicon.ico', status: 404, bytes: NGINX_NOT_FOUND_BYTES, weight: 3 },
      { method: 'GET', path: '/robots.txt', status: 404, bytes: NGINX_NOT_FOUND_BYTES, weight: 1 },
    ],
  },
};

/** How the Apache of one image calls itself and fails. */
interface ApacheFlavour {
  server: string;
  binary: string;
  mpm: string;
  pidFile: string;
  /** The entrypoint's own lines before Apache starts. */
  preamble(run: Run): ScriptLine[];
  requests: readonly RequestKind[];
  unhealthy: { status: number; bytes: number; message: string };
}

/** The health checker's ephemeral port, another for each check. */
const clientPort = (request: number) => 32_768 + ((request * 7_919) % 28_000);

function apache(flavour: ApacheFlavour): ImageLines {
  const logged = (gapMs: number, module: string, pid: number, message: string): ScriptLine => ({
    gapMs,
    stream: 'stderr',
    text: (at) => `[${apacheErrorTime(at)}] [${module}] [pid ${pid}] ${message}`,
  });
  // Apache says this before its error log is set up, once when it checks its configuration and once when it starts.
  const noServerName = (run: Run) =>
    `AH00558: ${flavour.binary}: Could not reliably determine the server's fully qualified domain name, using ${run.subject.containerIp}. Set the 'ServerName' directive globally to suppress this message`;
  return {
    startup: (run) => [
      ...flavour.preamble(run),
      plainLine(40, 'stderr', noServerName(run)),
      plainLine(30, 'stderr', noServerName(run)),
      ...(run.afterCrash
        ? [
            logged(
              2,
              'core:warn',
              1,
              `AH00098: pid file ${flavour.pidFile} overwritten -- Unclean shutdown of previous Apache run?`,
            ),
          ]
        : []),
      logged(4, `mpm_${flavour.mpm}:notice`, 1, `AH00163: ${flavour.server} configured -- resuming normal operations`),
      logged(1, 'core:notice', 1, `AH00094: Command line: '${flavour.binary} -D FOREGROUND'`),
    ],
    shutdown: () => [logged(0, `mpm_${flavour.mpm}:notice`, 1, 'AH00169: caught SIGTERM, shutting down')],
    crash: (run) =>
      logged(0, 'core:notice', 1, `AH00052: child pid ${workerPid(run)} exit signal Segmentation fault (11)`),
    unhealthy: (at, run, request) =>
      `[${apacheErrorTime(at)}] [:error] [pid ${workerPid(run)}] [client ${PROBE_SOURCE_IP}:${clientPort(request)}] ${flavour.unhealthy.message}`,
    access: {
      server: flavour.server,
      forwardedFor: false,
      requests: flavour.requests,
      unhealthyResponse: flavour.unhealthy,
    },
  };
}

const DEBIAN_APACHE = { binary: 'apache2', mpm: 'prefork', pidFile: '/var/run/apache2/apache2.pid' };
const PHP_SERVER = 'Apache/2.4.10 (Debian) PHP/5.6.30';

export const WORDPRESS = apache({
  ...DEBIAN_APACHE,
  server: PHP_SERVER,
  // The files are copied into the volume on the first start only.
  preamble: (run) =>
    run.afterCrash
      ? []
      : [
          plainLine(0, 'stderr', 'WordPress not found in /var/www/html - copying now...'),
          plainLine(600, 'stderr', 'Complete! WordPress has been successfully copied to /var/www/html'),
        ],
  requests: [
    { method: 'GET', path: '/', status: 200, bytes: [11_200, 11_900], weight: 8 },
    { method: 'GET', path: '/?p=1', status: 200, bytes: [12_800, 13_400], weight: 3 },
    { method: 'GET', path: '/wp-login.php', status: 200, bytes: [2_400, 2_600], weight: 2 },
    { method: 'POST', path: '/wp-login.php', status: 302, bytes: 1_187, weight: 1 },
    { method: 'POST', path: '/wp-admin/admin-ajax.php', status: 200, bytes: 413, weight: 2 },
    {
      method: 'GET',
      path: '/wp-content/themes/twentysixteen/style.css?ver=4.5',
      status: 200,
      bytes: 69_431,
      weight: 3,
    },
    { method: 'GET', path: '/wp-includes/js/jquery/jquery.js?ver=1.12.3', status: 200, bytes: 97_416, weight: 3 },
    { method: 'GET', path: '/wp-includes/js/wp-emoji-release.min.js?ver=4.5', status: 200, bytes: 4_397, weight: 2 },
    { method: 'GET', path: '/feed/', status: 200, bytes: [6_000, 7_000], weight: 1 },
    { method: 'POST', path: '/xmlrpc.php', status: 200, bytes: [380, 420], weight: 1 },
    { method: 'GET', path: '/license.txt', status: 200, bytes: 7_603, weight: 1 },
  ],
  unhealthy: {
    status: 500,
    bytes: 3_017,
    message:
      'PHP Warning:  mysqli_real_connect(): (HY000/2002): Connection refused in /var/www/html/wp-includes/wp-db.php on line 1490',
  },
});

export const PHP = apache({
  ...DEBIAN_APACHE,
  server: PHP_SERVER,
  preamble: () => [],
  requests: [
    { method: 'GET', path: '/', status: 200, bytes: [1_800, 2_200], weight: 8 },
    { method: 'GET', path: '/index.php', status: 200, bytes: [1_800, 2_200], weight: 3 },
    { method: 'POST', path: '/index.php', status: 200, bytes: [350, 600], weight: 2 },
    { method: 'GET', path: '/favicon.ico', status: 404, bytes: 503, weight: 2 },
    { method: 'GET', path: '/robots.txt', status: 404, bytes: 502, weight: 1 },
  ],
  unhealthy: {
    status: 500,
    bytes: 185,
    message:
      'PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted (tried to allocate 20480 bytes) in /var/www/html/index.php on line 12',
  },
});

export const HTTPD = apache({
  server: 'Apache/2.4.25 (Unix)',
  binary: 'httpd',
  mpm: 'event',
  pidFile: '/usr/local/apache2/logs/httpd.pid',
  preamble: () => [],
  requests: [
    { method: 'GET', path: '/', status: 200, bytes: 45, weight: 8 },
    { method: 'HEAD', path: '/', status: 200, bytes: 0, weight: 1 },
    { method: 'GET', path: '/favicon.ico', status: 404, bytes: 209, weight: 3 },
  ],
  unhealthy: {
    status: 403,
    bytes: 199,
    message: 'AH01630: client denied by server configuration: /usr/local/apache2/htdocs/',
  },
});

const TOMCAT_VERSION = 'Apache Tomcat/8.5.65';
const HTTP_CONNECTOR = '["http-nio-8080"]';

/** Tomcat's console log (stderr): `01-Dec-2026 10:00:00.123 INFO [main] org.apache.… message`. */
const catalina = (gapMs: number, level: string, thread: string, source: string, message: string): ScriptLine => ({
  gapMs,
  stream: 'stderr',
  text: (at) => `${tomcatTime(at)} ${level} [${thread}] org.apache.${source} ${message}`,
});

export const TOMCAT: ImageLines = {
  startup: (_run, random) => [
    catalina(
      0,
      'INFO',
      'main',
      'catalina.startup.VersionLoggerListener.log',
      `Server version:        ${TOMCAT_VERSION}`,
    ),
    catalina(2, 'INFO', 'main', 'catalina.startup.VersionLoggerListener.log', 'JVM Version:           1.8.0_292-b10'),
    catalina(300, 'INFO', 'main', 'coyote.AbstractProtocol.init', `Initializing ProtocolHandler ${HTTP_CONNECTOR}`),
    catalina(
      80,
      'INFO',
      'main',
      'catalina.startup.Catalina.load',
      `Server initialization in [${randomInt(random, 380, 700)}] milliseconds`,
    ),
    catalina(4, 'INFO', 'main', 'catalina.core.StandardService.startInternal', 'Starting service [Catalina]'),
    catalina(
      2,
      'INFO',
      'main',
      'catalina.core.StandardEngine.startInternal',
      `Starting Servlet engine: [${TOMCAT_VERSION}]`,
    ),
    catalina(
      10,
      'INFO',
      'localhost-startStop-1',
      'catalina.startup.HostConfig.deployDirectory',
      'Deploying web application directory [/usr/local/tomcat/webapps/ROOT]',
    ),
    catalina(
      400,
      'INFO',
      'localhost-startStop-1',
      'catalina.startup.HostConfig.deployDirectory',
      `Deployment of web application directory [/usr/local/tomcat/webapps/ROOT] has finished in [${randomInt(random, 250, 420)}] ms`,
    ),
    catalina(5, 'INFO', 'main', 'coyote.AbstractProtocol.start', `Starting ProtocolHandler ${HTTP_CONNECTOR}`),
    catalina(
      5,
      'INFO',
      'main',
      'catalina.startup.Catalina.start',
      `Server startup in [${randomInt(random, 500, 900)}] milliseconds`,
    ),
  ],
  shutdown: () => [
    catalina(0, 'INFO', 'main', 'coyote.AbstractProtocol.pause', `Pausing ProtocolHandler ${HTTP_CONNECTOR}`),
    catalina(5, 'INFO', 'main', 'catalina.core.StandardService.stopInternal', 'Stopping service [Catalina]'),
    catalina(40, 'INFO', 'main', 'coyote.AbstractProtocol.stop', `Stopping ProtocolHandler ${HTTP_CONNECTOR}`),
    catalina(5, 'INFO', 'main', 'coyote.AbstractProtocol.destroy', `Destroying ProtocolHandler ${HTTP_CONNECTOR}`),
  ],
  crash: () => plainLine(0, 'stderr', 'Exception in thread "main" java.lang.OutOfMemoryError: Java heap space'),
  unhealthy: (at, _run, request) =>
    `${tomcatTime(at)} SEVERE [http-nio-8080-exec-${(request % 10) + 1}] org.apache.catalina.core.StandardWrapperValve.invoke Servlet.service() for servlet [jsp] in context with path [] threw exception [java.lang.OutOfMemoryError: GC overhead limit exceeded]`,
};

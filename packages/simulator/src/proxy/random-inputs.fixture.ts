import { randomInt, seededRandom } from '../random.ts';
import type { Random } from '../random.ts';
import type { ProxyCandidateService, ProxyService } from './types.ts';

/** A directive a refused value would smuggle in; it must never reach the configuration. */
export const INJECTED = 'injected_directive';

const HOSTILE = [
  `x\n${INJECTED}`,
  `x\r\n${INJECTED} 1`,
  'a # comment',
  'a "quoted',
  "it's",
  'back\\slash',
  '${HOME}',
  '$(reboot)',
  'x'.repeat(9000),
  '\u0000',
  'über',
  ' ',
  '',
  '-1',
  '99999999999',
];

/** What free text (EXTRA_*) may not be: the rest of it is the template author's HAProxy. */
const FREE_TEXT_HOSTILE = [
  `x\n${INJECTED}`,
  `a\r${INJECTED}`,
  'a "quoted',
  "it's",
  'tail\\',
  '\u0000',
  'x'.repeat(9000),
];
const FREE_TEXT = /^EXTRA_|EXTRA_ROUTE_SETTINGS$|EXTRA_SETTINGS$/;

function pick<T>(random: Random, values: readonly T[]): T {
  return values[randomInt(random, 0, values.length - 1)] as T;
}

function value(random: Random, key: string, valid: readonly string[]): string {
  if (random.next() >= 0.4) return pick(random, valid);
  return pick(random, FREE_TEXT.test(key) ? FREE_TEXT_HOSTILE : HOSTILE);
}

const ENV: Record<string, readonly string[]> = {
  ADDITIONAL_SERVICES: ['*', '', 'other:web', 'other:web,x:y'],
  BALANCE: ['roundrobin', 'static-rr', 'source', 'leastconn', 'random'],
  EXTRA_BIND_SETTINGS: ['80:name http', '443:accept-proxy', '80:name http, 443:accept-proxy'],
  EXTRA_DEFAULT_SETTINGS: ['timeout tunnel 1h', 'option httplog,option dontlognull'],
  EXTRA_FRONTEND_SETTINGS_80: ['capture request header Host len 64', 'http-request set-header X-A b'],
  EXTRA_GLOBAL_SETTINGS: ['tune.ssl.cachesize 20000', 'tune.bufsize 32768'],
  EXTRA_ROUTE_SETTINGS: ['send-proxy', 'weight 5'],
  HEALTH_CHECK: ['check', 'check inter 2000 rise 2 fall 3', 'check inter'],
  HTTP_BASIC_AUTH: ['a:b', 'a:b,c:d', 'user:pa\\,ss', 'x:y #z', 'nopassword'],
  MAXCONN: ['4096', '0', '2000'],
  MODE: ['http', 'tcp', 'health', 'udp'],
  MONITOR_PORT: ['80', '8081', '70000'],
  MONITOR_URI: ['/ping', 'ping'],
  OPTION: ['redispatch', 'redispatch, httplog', 'forwardfor except 127.0.0.0/8'],
  RSYSLOG_DESTINATION: ['127.0.0.1', '127.0.0.1:514'],
  SKIP_FORWARDED_PROTO: ['yes'],
  SSL_BIND_CIPHERS: ['ECDHE-RSA-AES128-GCM-SHA256'],
  SSL_BIND_OPTIONS: ['no-sslv3', 'no-sslv3 no-tlsv10'],
  STATS_AUTH: ['stats:stats', 'a:b:c', 'nocolon'],
  STATS_PORT: ['1936', '0', '19360'],
  TIMEOUT: ['connect 5000, client 50000, server 50000', 'connect 5s', 'bogus 1'],
};

const LABELS: Record<string, readonly string[]> = {
  APPSESSION: ['JSESSIONID len 52 timeout 3h', 'PHPSESSID len 32 timeout 1h mode query-string', 'X len'],
  BALANCE: ['source', 'leastconn', 'uri'],
  COOKIE: ['SRV insert indirect nocache', 'CONTAINERID insert indirect', 'SRV bogus'],
  EXCLUDE_PORTS: ['8080', '8080, 9000', 'eighty'],
  EXTRA_ROUTE_SETTINGS: ['send-proxy', 'weight 10'],
  EXTRA_SETTINGS: ['balance source', 'timeout server 60s,option httpclose'],
  FORCE_SSL: ['yes'],
  GZIP_COMPRESSION_TYPE: ['text/html text/plain text/css', 'text/html#x'],
  HEALTH_CHECK: ['check inter 2000 rise 2 fall 3', 'check port 8080'],
  HSTS_MAX_AGE: ['31536000', 'forever'],
  HTTP_CHECK: ['OPTIONS * HTTP/1.1\\r\\nHost: www', 'GET /health', 'HEAD / HTTP/1.0\r\nHost: a b'],
  OPTION: ['httpclose', 'http-server-close, forwardfor'],
  TCP_PORTS: ['9000', '9000, 9001', '2222/ssl', '80'],
  VIRTUAL_HOST: [
    'a.example.com',
    'https://b.example.com',
    '*.example.com/*.js',
    'ws://ws.example.com',
    'c.example.com:8080',
    'ftp://x',
    '*/path*',
  ],
  VIRTUAL_HOST_WEIGHT: ['1', '10', 'heavy'],
  required: ['true', 'false'],
};

function settings(random: Random, table: Record<string, readonly string[]>, prefix = ''): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, valid] of Object.entries(table))
    if (random.next() < 0.35) result[prefix + key] = value(random, key, valid);
  return result;
}

/** A seeded random proxy and services: valid settings mixed with hostile values, names and addresses. */
export function randomProxyInputs(seed: number): { proxy: ProxyService; services: ProxyCandidateService[] } {
  const random = seededRandom(seed);
  const applications = ['app', 'other', 'x'];
  const services = Array.from({ length: randomInt(random, 0, 6) }, (_, s): ProxyCandidateService => {
    const applicationName = pick(random, applications);
    const serviceName =
      random.next() < 0.2
        ? pick(random, HOSTILE).slice(0, 40) || `s${s}`
        : (['web', 'api', 'db', 'cache'][s % 4] ?? 'web');
    const labels = settings(random, LABELS, 'aliyun.proxy.');
    if (random.next() < 0.5) labels['aliyun.proxy.required'] = 'true';
    return {
      applicationName,
      serviceName,
      labels,
      containerPorts: [80, 443, 8080, 9000, 9001, 2222]
        .filter(() => random.next() < 0.4)
        .map((port) => ({ port, protocol: random.next() < 0.9 ? 'tcp' : 'udp' })),
      containers: Array.from({ length: randomInt(random, 0, 3) }, (_, c) => ({
        name:
          random.next() < 0.2
            ? `${pick(random, HOSTILE).slice(0, 30)}_${c}`
            : `${applicationName}_${serviceName}_${c + 1}`,
        ip:
          random.next() < 0.1
            ? pick(random, ['10.0.0.256', 'localhost', '::1', `1.2.3.4\n${INJECTED}`])
            : `172.19.${s}.${c + 2}`,
        running: random.next() < 0.9,
        healthy: random.next() < 0.9,
      })),
    };
  });
  return { proxy: { applicationName: 'app', environment: settings(random, ENV), ports: [] }, services };
}

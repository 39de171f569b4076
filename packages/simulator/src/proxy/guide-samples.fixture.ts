import type { ProxyCandidateService, ProxyService } from './types.ts';

/** A template of the guide's custom routing chapters, as the proxy and its candidate services. */
export interface GuideSample {
  title: string;
  proxy: ProxyService;
  services: ProxyCandidateService[];
  /** Files the template mounts into the proxy (the 503 page, CERT_FOLDER's pems), by absolute path. */
  mounts?: Record<string, string>;
}

const APP = 'proxy_test';
let nextIp = 10;

function service(
  serviceName: string,
  labels: Record<string, string>,
  ports: number[] = [80],
  scale = 2,
  applicationName = APP,
): ProxyCandidateService {
  return {
    applicationName,
    serviceName,
    labels,
    containerPorts: ports.map((port) => ({ port, protocol: 'tcp' })),
    containers: Array.from({ length: scale }, (_, i) => ({
      name: `${applicationName}_${serviceName}_${i + 1}`,
      ip: `172.18.${Math.floor(nextIp / 250)}.${(nextIp++ % 250) + 2}`,
      running: true,
      healthy: true,
    })),
  };
}

function lb(environment: Record<string, string>, ports: number[] = [80]): ProxyService {
  return {
    applicationName: APP,
    environment,
    ports: ports.map((p) => ({ containerPort: p, hostPort: p, protocol: 'tcp' })),
  };
}

const ERROR_PAGE = '/usr/local/etc/haproxy/errors/503.http';
const ERROR_503 = [
  'HTTP/1.0 503 Service Unavailable',
  'Cache-Control: no-cache',
  'Connection: close',
  'Content-Type: text/html;charset=UTF-8',
  '',
  '<html><body><h1>503 Service Unavailable</h1>',
  '<h3>No server is available to handle this request.</h3>',
  '</body></html>',
  '',
].join('\r\n');
const errorMount = { [ERROR_PAGE]: ERROR_503 };
const all = { ADDITIONAL_SERVICES: '*' };
const appone = (labels: Record<string, string>, ports = [80, 443]) => service('appone', labels, ports);
// "rsyslog" is the link the template gives the proxy; inside its container Docker resolves it. This
// machine cannot, and HAProxy resolves log targets while parsing, so the checks use the link's address.
const RSYSLOG = '172.18.0.250';

/** Every sample template of the custom routing chapters. `pem(name)` is a one-line (`\n`) key + certificate. */
export function guideSamples(pem: (name: string) => string, pemFile: (name: string) => string): GuideSample[] {
  return [
    {
      title: 'Sample template / basic example',
      proxy: lb(all),
      services: [service('appone', { 'aliyun.proxy.VIRTUAL_HOST': 'http://appone.example.com' })],
    },
    {
      title: 'Enable session persistence',
      proxy: lb(all),
      services: [
        appone({
          'aliyun.proxy.VIRTUAL_HOST': 'http://appone.example.com',
          'aliyun.proxy.COOKIE': 'CONTAINERID insert indirect',
        }),
      ],
    },
    {
      title: 'Customize 503 page',
      proxy: lb({ ...all, EXTRA_FRONTEND_SETTINGS_80: `errorfile 503 ${ERROR_PAGE}` }),
      services: [appone({ 'aliyun.proxy.VIRTUAL_HOST': 'http://appone.example.com' })],
      mounts: errorMount,
    },
    {
      title: 'Wildcard domain support',
      proxy: lb({ ...all, EXTRA_FRONTEND_SETTINGS_80: `errorfile 503 ${ERROR_PAGE}` }),
      services: [appone({ 'aliyun.proxy.VIRTUAL_HOST': 'http://*.example.com' })],
      mounts: errorMount,
    },
    {
      title: 'Default backend configuration',
      proxy: lb({ ...all, EXTRA_FRONTEND_SETTINGS_80: `errorfile 503 ${ERROR_PAGE}` }),
      services: [appone({ 'aliyun.proxy.required': 'true' })],
      mounts: errorMount,
    },
    {
      title: 'Backend selection based on URL parameter values',
      proxy: lb({ ...all, EXTRA_FRONTEND_SETTINGS_80: ' http-request set-header HOST %[urlp(backend)].example.com' }),
      services: [
        appone({ 'aliyun.proxy.VIRTUAL_HOST': 'http://appone.example.com' }),
        service('apptwo', { 'aliyun.proxy.VIRTUAL_HOST': 'http://apptwo.example.com' }),
      ],
    },
    {
      title: 'Access log recording',
      proxy: lb({ ...all, EXTRA_DEFAULT_SETTINGS: `log ${RSYSLOG} local0,log global,option httplog` }),
      services: [
        appone({ 'aliyun.proxy.VIRTUAL_HOST': 'http://appone.example.com' }),
        service('rsyslog', {}, [514], 1),
      ],
    },
    {
      title: 'Support TCP Protocol (solution 3, master-slave Redis)',
      proxy: lb(
        { ...all, EXTRA_DEFAULT_SETTINGS: `log ${RSYSLOG} local0,log global,option httplog`, MODE: 'tcp' },
        [6379],
      ),
      services: ['redis-master', 'redis-slave'].map((name) =>
        service(name, { 'aliyun.proxy.TCP_PORTS': '6379', 'aliyun.proxy.required': 'true' }, [6379], 1),
      ),
    },
    {
      title: 'Support multiple HTTPS certificates',
      proxy: lb(all, [80, 443]),
      services: [
        service('appone', {
          'aliyun.proxy.VIRTUAL_HOST': 'https://appone.example.com',
          'aliyun.proxy.SSL_CERT': pem('appone.example.com'),
        }),
        service('apptwo', {
          'aliyun.proxy.VIRTUAL_HOST': 'https://apptwo.example.com',
          'aliyun.proxy.SSL_CERT': pem('apptwo.example.com'),
        }),
      ],
    },
    {
      title: 'Webapp on 8080, proxy on 80',
      proxy: lb({}),
      services: [service('webapp', { 'aliyun.proxy.required': 'true' }, [8080])],
    },
    {
      title: 'Database ports excluded',
      proxy: lb({}),
      services: [
        service(
          'webapp',
          { 'aliyun.proxy.required': 'true', 'aliyun.proxy.EXCLUDE_PORTS': '8083,8086' },
          [80, 8083, 8086],
        ),
      ],
    },
    {
      title: 'SSL termination by SSL_CERT',
      proxy: lb({}, [80, 443]),
      services: [service('webapp', { 'aliyun.proxy.required': 'true', 'aliyun.proxy.SSL_CERT': pem('webapp') })],
    },
    {
      title: 'SSL termination by DEFAULT_SSL_CERT',
      proxy: lb({ DEFAULT_SSL_CERT: pem('default') }, [80, 443]),
      services: [service('webapp', { 'aliyun.proxy.required': 'true' })],
    },
    {
      title: 'FORCE_SSL redirect',
      proxy: lb({}, [80, 443]),
      services: [
        service('webapp', {
          'aliyun.proxy.required': 'true',
          'aliyun.proxy.FORCE_SSL': 'yes',
          'aliyun.proxy.SSL_CERT': pem('webapp'),
        }),
      ],
    },
    {
      title: 'Certificates from a volume (CERT_FOLDER)',
      proxy: lb({ CERT_FOLDER: '/certs/' }, [80, 443]),
      services: [service('webapp', { 'aliyun.proxy.required': 'true' })],
      mounts: { '/certs/cert1.pem': pemFile('volume') },
    },
    {
      title: 'Virtual host routing by domain',
      proxy: lb({}),
      services: [
        service('webapp1', { 'aliyun.proxy.VIRTUAL_HOST': 'www.webapp1.com, www.webapp1.org' }, [80], 1),
        service('webapp2-1', { 'aliyun.proxy.VIRTUAL_HOST': 'www.webapp2.com' }, [80], 1),
        service('webapp2-2', { 'aliyun.proxy.VIRTUAL_HOST': 'www.webapp2.com' }, [80], 1),
      ],
    },
    {
      title: 'All *.node.io domains',
      proxy: lb({}),
      services: [service('webapp', { 'aliyun.proxy.VIRTUAL_HOST': '*.node.io' })],
    },
    {
      title: 'web.domain.com before *.domain.com (VIRTUAL_HOST_WEIGHT)',
      proxy: lb({}),
      services: [
        service('app', { 'aliyun.proxy.VIRTUAL_HOST': '*.domain.com', 'aliyun.proxy.VIRTUAL_HOST_WEIGHT': '0' }),
        service('webapp', { 'aliyun.proxy.VIRTUAL_HOST': 'web.domain.com', 'aliyun.proxy.VIRTUAL_HOST_WEIGHT': '1' }),
      ],
    },
    {
      title: 'Requests to /path',
      proxy: lb({}),
      services: [service('webapp', { 'aliyun.proxy.VIRTUAL_HOST': '*/path, */path/*' })],
    },
    {
      title: 'Static HTML requests',
      proxy: lb({}),
      services: [service('webapp', { 'aliyun.proxy.VIRTUAL_HOST': '*/*.htm, */*.html' })],
    },
    {
      title: 'Stats of HAProxy',
      proxy: lb({ STATS_AUTH: 'auth:auth', STATS_PORT: '1936' }, [80, 1936]),
      services: [service('webapp', { 'aliyun.proxy.required': 'true' })],
    },
    // The guide's papertrail host needs DNS when HAProxy parses the file; an address stands in for it.
    {
      title: 'Logs to papertrailapp',
      proxy: lb({ RSYSLOG_DESTINATION: '127.0.0.1:51400' }),
      services: ['web1', 'web2'].map((name) => service(name, { 'aliyun.proxy.required': 'true' }, [80], 1)),
    },
    {
      title: 'TCP load balancing on 9000 and 9001',
      proxy: lb({}, [9000, 9001]),
      services: [
        service('app', { 'aliyun.proxy.required': 'true', 'aliyun.proxy.TCP_PORTS': '9000, 9001' }, [9000, 9001]),
      ],
    },
    {
      title: 'HTTP on 80 and TCP on 22',
      proxy: lb({}, [80, 22]),
      services: [service('app', { 'aliyun.proxy.required': 'true', 'aliyun.proxy.TCP_PORTS': '22' }, [80, 22])],
    },
    {
      title: 'TCP port with SSL termination (2222/ssl)',
      proxy: lb({ DEFAULT_SSL_CERT: pem('tcp') }, [2222]),
      services: [service('app', { 'aliyun.proxy.required': 'true', 'aliyun.proxy.TCP_PORTS': '2222/ssl' }, [2222])],
    },
    {
      title: 'WebSocket by ws/wss virtual hosts',
      proxy: lb({ DEFAULT_SSL_CERT: pem('ws') }, [80, 443]),
      services: [service('ws', { 'aliyun.proxy.VIRTUAL_HOST': 'ws://ws.domain.com, wss://wss.domain.com' })],
    },
    {
      title: 'Affinity: BALANCE source, APPSESSION, COOKIE',
      proxy: lb({}),
      services: [
        service('a', { 'aliyun.proxy.VIRTUAL_HOST': 'a.example.com', 'aliyun.proxy.BALANCE': 'source' }),
        service('b', {
          'aliyun.proxy.VIRTUAL_HOST': 'b.example.com',
          'aliyun.proxy.APPSESSION': 'JSESSIONID len 52 timeout 3h',
        }),
        service('c', {
          'aliyun.proxy.VIRTUAL_HOST': 'c.example.com',
          'aliyun.proxy.COOKIE': 'SRV insert indirect nocache',
        }),
      ],
    },
    {
      title: 'Every environment variable of the table',
      proxy: lb(
        {
          BALANCE: 'leastconn',
          CA_CERT: pem('client-ca'),
          DEFAULT_SSL_CERT: pem('default'),
          EXTRA_BIND_SETTINGS: '443:accept-proxy, 80:name http',
          EXTRA_DEFAULT_SETTINGS: 'timeout tunnel 1h',
          EXTRA_FRONTEND_SETTINGS_443: 'capture request header Host len 64',
          EXTRA_GLOBAL_SETTINGS: 'tune.ssl.cachesize 20000, tune.ssl.default-dh-param 2048',
          EXTRA_ROUTE_SETTINGS: 'send-proxy',
          EXTRA_SSL_CERTS: 'CERT1, CERT2',
          CERT1: pem('extra1'),
          CERT2: pem('extra2'),
          HEALTH_CHECK: 'check inter 2000 rise 2 fall 3',
          HTTP_BASIC_AUTH: 'admin:s3cret,guest:pa\\,ss word',
          MAXCONN: '2000',
          MODE: 'http',
          MONITOR_PORT: '80',
          MONITOR_URI: '/ping',
          OPTION: 'redispatch, httplog, dontlognull, forwardfor',
          RSYSLOG_DESTINATION: '127.0.0.1',
          SKIP_FORWARDED_PROTO: 'true',
          SSL_BIND_CIPHERS: 'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384',
          SSL_BIND_OPTIONS: 'no-sslv3 no-tlsv10',
          STATS_AUTH: 'stats:stats',
          STATS_PORT: '1936',
          TIMEOUT: 'connect 5000, client 50000, server 50000',
        },
        [80, 443],
      ),
      services: [service('web', { 'aliyun.proxy.VIRTUAL_HOST': 'https://web.example.com, http://web.example.com' })],
    },
    // HAProxy ignores `balance` in a frontend, with a warning; the file stays valid.
    {
      title: 'EXTRA_FRONTEND_SETTINGS_80 example of the table',
      proxy: lb({ EXTRA_FRONTEND_SETTINGS_80: 'balance source, maxconn 2000' }),
      services: [service('web', { 'aliyun.proxy.VIRTUAL_HOST': 'web.example.com' })],
    },
    {
      title: 'Every label of the table',
      proxy: lb({ ADDITIONAL_SERVICES: 'other:db' }, [80, 443, 3306]),
      services: [
        service(
          'web',
          {
            'aliyun.proxy.VIRTUAL_HOST': 'https://shop.example.com/api*',
            'aliyun.proxy.VIRTUAL_HOST_WEIGHT': '5',
            'aliyun.proxy.DEFAULT_SSL_CERT': pem('shop-default'),
            'aliyun.proxy.SSL_CERT': pem('shop'),
            'aliyun.proxy.EXCLUDE_PORTS': '3307',
            'aliyun.proxy.EXTRA_ROUTE_SETTINGS': 'weight 10',
            'aliyun.proxy.EXTRA_SETTINGS': 'timeout server 60s, http-request set-header X-Shop yes',
            'aliyun.proxy.FORCE_SSL': 'true',
            'aliyun.proxy.GZIP_COMPRESSION_TYPE': 'text/html text/plain text/css',
            'aliyun.proxy.HEALTH_CHECK': 'check inter 3000',
            'aliyun.proxy.HSTS_MAX_AGE': '31536000',
            'aliyun.proxy.HTTP_CHECK': 'OPTIONS * HTTP/1.1\r\nHost: www',
            'aliyun.proxy.OPTION': 'httpclose',
            'aliyun.proxy.COOKIE': 'SRV insert indirect nocache',
            'aliyun.proxy.APPSESSION': 'JSESSIONID len 52 timeout 3h',
            'aliyun.proxy.BALANCE': 'static-rr',
          },
          [80, 3307],
        ),
        service(
          'db',
          { 'aliyun.proxy.required': 'true', 'aliyun.proxy.TCP_PORTS': '3306', 'aliyun.proxy.OPTION': 'tcplog' },
          [3306],
          1,
          'other',
        ),
      ],
    },
  ];
}

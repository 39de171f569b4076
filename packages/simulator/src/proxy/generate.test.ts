import { describe, expect, it } from 'vitest';
import { generateProxyConfig } from './generate.ts';
import type { ProxyCandidateService, ProxyService } from './types.ts';

const PEM = (body: string) =>
  `-----BEGIN PRIVATE KEY-----\\n${body}K\\n-----END PRIVATE KEY-----\\n-----BEGIN CERTIFICATE-----\\n${body}C\\n-----END CERTIFICATE-----\\n`;

function proxy(environment: Record<string, string> = {}, applicationName = 'shop'): ProxyService {
  return { applicationName, environment, ports: [] };
}

function service(
  serviceName: string,
  labels: Record<string, string>,
  { ports = [80], applicationName = 'shop', containers = 1 } = {},
): ProxyCandidateService {
  return {
    applicationName,
    serviceName,
    labels,
    containerPorts: ports.map((port) => ({ port, protocol: 'tcp' })),
    containers: Array.from({ length: containers }, (_, i) => ({
      name: `${applicationName}_${serviceName}_${i + 1}`,
      ip: `10.0.${serviceName.length}.${i + 2}`,
      running: true,
      healthy: true,
    })),
  };
}

/** The lines of one section, without their indent. */
function section(config: string, header: string): string[] {
  const lines = config.split('\n');
  const start = lines.indexOf(header);
  if (start < 0) throw new Error(`no section ${header} in\n${config}`);
  const end = lines.findIndex((line, i) => i > start && !line.startsWith('  '));
  return lines.slice(start + 1, end).map((line) => line.trim());
}

const vhost = (host: string, extra: Record<string, string> = {}) => ({ 'aliyun.proxy.VIRTUAL_HOST': host, ...extra });

describe('generateProxyConfig', () => {
  it('writes dockercloud/haproxy’s layout with the guide’s defaults', () => {
    const { config, files, warnings } = generateProxyConfig(proxy(), [service('web', vhost('web.example.com'))]);
    expect(config.split('\n').filter((line) => !line.startsWith('  '))).toEqual([
      'global',
      'defaults',
      'listen stats',
      'frontend port_80',
      'backend SERVICE_shop_web',
      '',
    ]);
    expect(section(config, 'defaults')).toEqual([
      'balance roundrobin',
      'log global',
      'mode http',
      'option redispatch',
      'timeout connect 5000',
      'timeout client 50000',
      'timeout server 50000',
    ]);
    expect(section(config, 'listen stats')).toContain('stats auth stats:stats');
    expect(section(config, 'listen stats')[0]).toBe('bind :1936');
    expect(section(config, 'backend SERVICE_shop_web')).toEqual(['server shop_web_1 10.0.3.2:80 check']);
    expect(files).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('orders the ACLs by VIRTUAL_HOST_WEIGHT, highest first, numbering them in that order', () => {
    const { config } = generateProxyConfig(proxy(), [
      service('app', vhost('*.domain.com', { 'aliyun.proxy.VIRTUAL_HOST_WEIGHT': '0' })),
      service('webapp', vhost('web.domain.com', { 'aliyun.proxy.VIRTUAL_HOST_WEIGHT': '1' })),
    ]);
    const rules = section(config, 'frontend port_80').filter((line) => line.startsWith('use_backend'));
    expect(rules).toEqual([
      'use_backend SERVICE_shop_webapp if host_rule_1 or host_rule_1_port',
      'use_backend SERVICE_shop_app if host_rule_2 or host_rule_2_port',
    ]);
  });

  it('routes every exposed port but the EXCLUDE_PORTS, naming a container’s second port after it', () => {
    const { config } = generateProxyConfig(proxy(), [
      service('web', vhost('a.com', { 'aliyun.proxy.EXCLUDE_PORTS': '8083, 8086' }), { ports: [80, 443, 8083, 8086] }),
    ]);
    expect(section(config, 'backend SERVICE_shop_web')).toEqual([
      'server shop_web_1 10.0.3.2:80 check',
      'server shop_web_1_443 10.0.3.2:443 check',
    ]);
  });

  it('balances TCP_PORTS in `listen port_<N>` (mode tcp), terminating SSL on /ssl, and keeps them out of HTTP', () => {
    const { config } = generateProxyConfig(proxy({ DEFAULT_SSL_CERT: PEM('A') }), [
      service(
        'app',
        { 'aliyun.proxy.required': 'true', 'aliyun.proxy.TCP_PORTS': '22, 2222/ssl' },
        { ports: [80, 22, 2222] },
      ),
    ]);
    expect(section(config, 'listen port_22')).toEqual(['bind :22', 'mode tcp', 'server shop_app_1 10.0.3.2:22 check']);
    expect(section(config, 'listen port_2222')[0]).toBe('bind :2222 ssl crt /certs/');
    expect(section(config, 'backend default_service')).toEqual(['server shop_app_1 10.0.3.2:80 check']);
    expect(section(config, 'frontend default_port_80')).toEqual([
      'bind :80',
      'http-request set-header X-Forwarded-Proto http',
      'maxconn 4096',
      'default_backend default_service',
    ]);
    expect(section(config, 'frontend default_port_443')[0]).toBe('bind :443 ssl crt /certs/');
  });

  it('finds backends in the current application, the ADDITIONAL_SERVICES listed too, or the whole cluster with *', () => {
    const services = [
      service('web', vhost('a.com')),
      service('api', vhost('b.com'), { applicationName: 'other' }),
      service('db', vhost('c.com'), { applicationName: 'third' }),
      service('plain', {}),
    ];
    const backends = (environment: Record<string, string>) =>
      generateProxyConfig(proxy(environment), services)
        .config.split('\n')
        .filter((line) => line.startsWith('backend'));
    expect(backends({})).toEqual(['backend SERVICE_shop_web']);
    expect(backends({ ADDITIONAL_SERVICES: 'other:api' })).toEqual([
      'backend SERVICE_shop_web',
      'backend SERVICE_other_api',
    ]);
    expect(backends({ ADDITIONAL_SERVICES: '*' })).toHaveLength(3);
    expect(generateProxyConfig(proxy({ ADDITIONAL_SERVICES: 'nope:x, bad' }), services).warnings).toEqual([
      'ADDITIONAL_SERVICES: "bad" is not project_name:service_name; ignored.',
      'ADDITIONAL_SERVICES: cannot find the additional service nope:x.',
    ]);
  });

  it('sends what no virtual host matches to the required services', () => {
    const { config } = generateProxyConfig(proxy(), [
      service('web', vhost('a.com')),
      service('fallback', { 'aliyun.proxy.required': 'true' }),
    ]);
    expect(section(config, 'frontend port_80').at(-1)).toBe('default_backend default_service');
    expect(section(config, 'backend default_service')).toEqual(['server shop_fallback_1 10.0.8.2:80 check']);
  });

  it('merges the services that share a VIRTUAL_HOST into one backend', () => {
    const { config } = generateProxyConfig(proxy(), [
      service('webapp2-1', vhost('www.webapp2.com')),
      service('webapp2-2', vhost('www.webapp2.com')),
    ]);
    expect(section(config, 'backend SERVICE_shop_webapp2-1')).toHaveLength(2);
    expect(config).not.toContain('SERVICE_shop_webapp2-2');
  });

  it('stores DEFAULT_SSL_CERT as /certs/cert0.pem and SSL_CERTs as cert1.pem…, lines restored, under root', () => {
    const { config, files } = generateProxyConfig(
      proxy({ DEFAULT_SSL_CERT: PEM('D'), CA_CERT: PEM('CA') }),
      [service('web', vhost('https://a.com', { 'aliyun.proxy.SSL_CERT': PEM('S') }))],
      { root: '/tmp/r' },
    );
    expect(files.map((f) => f.path)).toEqual([
      '/tmp/r/certs/cert0.pem',
      '/tmp/r/certs/cert1.pem',
      '/tmp/r/cacerts/cert0.pem',
    ]);
    expect(files[1]?.content).toBe(
      '-----BEGIN PRIVATE KEY-----\nSK\n-----END PRIVATE KEY-----\n-----BEGIN CERTIFICATE-----\nSC\n-----END CERTIFICATE-----\n',
    );
    expect(section(config, 'frontend port_443')[0]).toBe(
      'bind :443 ssl crt /tmp/r/certs/ ca-file /tmp/r/cacerts/cert0.pem verify required',
    );
    expect(section(config, 'global')).toContain('stats socket /tmp/r/var/run/haproxy.stats level admin');
  });

  it('refuses a certificate that is not a key and certificate pem', () => {
    const { files, warnings } = generateProxyConfig(proxy({ DEFAULT_SSL_CERT: 'hello\\nworld' }), [
      service(
        'web',
        vhost('a.com', { 'aliyun.proxy.SSL_CERT': PEM('A').replace(/-----BEGIN PRIVATE[^]*?KEY-----\\n/, '') }),
      ),
    ]);
    expect(files).toEqual([]);
    expect(warnings).toHaveLength(2);
  });

  it('writes the backend labels: stickiness, balance, FORCE_SSL, httpchk, gzip, HSTS, options, extra settings', () => {
    const { config } = generateProxyConfig(
      proxy({ DEFAULT_SSL_CERT: PEM('A'), HTTP_BASIC_AUTH: 'admin:pa ss#1,bob:x\\,y' }),
      [
        service('web', {
          'aliyun.proxy.required': 'true',
          'aliyun.proxy.APPSESSION': 'JSESSIONID len 52 timeout 3h',
          'aliyun.proxy.COOKIE': 'SRV insert indirect nocache',
          'aliyun.proxy.BALANCE': 'source',
          'aliyun.proxy.FORCE_SSL': 'yes',
          'aliyun.proxy.HTTP_CHECK': 'OPTIONS * HTTP/1.1\\r\\nHost: www',
          'aliyun.proxy.GZIP_COMPRESSION_TYPE': 'text/html text/plain',
          'aliyun.proxy.HSTS_MAX_AGE': '31536000',
          'aliyun.proxy.OPTION': 'httpclose',
          'aliyun.proxy.EXTRA_SETTINGS': 'timeout server 1m, http-request set-header X-A a\\,b',
          'aliyun.proxy.EXTRA_ROUTE_SETTINGS': 'send-proxy',
          'aliyun.proxy.HEALTH_CHECK': 'check inter 2000 rise 2 fall 3',
        }),
      ],
    );
    expect(section(config, 'backend default_service')).toEqual([
      '# appsession JSESSIONID len 52 timeout 3h: HAProxy 2.x has no appsession, a stick table on the cookie does the same',
      'stick-table type string len 52 size 100k expire 3h',
      'stick on req.cook(JSESSIONID)',
      'stick store-response res.cook(JSESSIONID)',
      'cookie SRV insert indirect nocache',
      'balance source',
      'redirect scheme https code 301 if !{ ssl_fc }',
      'option httpchk OPTIONS * HTTP/1.1',
      'http-check send hdr Host www',
      'compression algo gzip',
      'compression type text/html text/plain',
      'http-response set-header Strict-Transport-Security "max-age=31536000; includeSubDomains"',
      'option httpclose',
      'timeout server 1m',
      'http-request set-header X-A a,b',
      'acl need_auth http_auth(haproxy_userlist)',
      'http-request auth realm haproxy_basic_auth if !need_auth',
      'server shop_web_1 10.0.3.2:80 cookie shop_web_1 check inter 2000 rise 2 fall 3 send-proxy',
    ]);
    expect(section(config, 'userlist haproxy_userlist')).toEqual([
      'user admin insecure-password pa\\ ss\\#1',
      'user bob insecure-password x,y',
    ]);
  });

  it('appends EXTRA_FRONTEND_SETTINGS_<port> to that frontend, moving an errorfile under root', () => {
    const { config, warnings } = generateProxyConfig(
      proxy({
        EXTRA_FRONTEND_SETTINGS_80: 'errorfile 503 /usr/local/etc/haproxy/errors/503.http',
        EXTRA_FRONTEND_SETTINGS_81: 'maxconn 1',
      }),
      [service('web', { 'aliyun.proxy.required': 'true' })],
      { root: '/tmp/r/' },
    );
    expect(section(config, 'frontend default_port_80')).toContain(
      'errorfile 503 /tmp/r/usr/local/etc/haproxy/errors/503.http',
    );
    expect(warnings).toEqual(['EXTRA_FRONTEND_SETTINGS_81: HAProxy has no frontend on port 81; ignored.']);
  });

  it('refuses values that would add directives where the guide allows no free text, keeping the default', () => {
    const { config, warnings } = generateProxyConfig(
      proxy({
        BALANCE: 'source\nlisten evil',
        STATS_AUTH: 'a:b c',
        MAXCONN: '1e9',
        EXTRA_GLOBAL_SETTINGS: 'nbthread 2\nlisten evil',
      }),
      [
        service(
          'web',
          vhost('a.com\nacl x', {
            'aliyun.proxy.COOKIE': 'SRV insert\nlisten evil',
            'aliyun.proxy.HEALTH_CHECK': 'check; rm',
          }),
        ),
      ],
    );
    expect(config).not.toMatch(/^\s*(listen evil|acl x)/m);
    expect(section(config, 'defaults')[0]).toBe('balance roundrobin');
    expect(section(config, 'listen stats')).toContain('stats auth stats:stats');
    expect(section(config, 'global')).toContain('maxconn 4096');
    expect(warnings).toEqual([
      'BALANCE contains a line break or another control character ("source\\nlisten evil"); ignored.',
      'EXTRA_GLOBAL_SETTINGS contains a line break or another control character ("nbthread 2\\nlisten evil"); ignored.',
      'MAXCONN: "1e9" is not a number of connections; ignored.',
      'STATS_AUTH: "a:b c" is not user:password; ignored.',
      'aliyun.proxy.VIRTUAL_HOST of service shop_web contains a line break or another control character ("a.com\\nacl x"); ignored.',
      'aliyun.proxy.COOKIE of service shop_web contains a line break or another control character ("SRV insert\\nlisten evil"); ignored.',
      'aliyun.proxy.HEALTH_CHECK of service shop_web: "check; rm" is not a health check such as "check inter 2000 rise 2 fall 3"; ignored.',
      'Service shop_web has aliyun.proxy labels but neither aliyun.proxy.VIRTUAL_HOST nor aliyun.proxy.required: "true"; it is not proxied.',
    ]);
  });

  it('sanitises the names it builds sections, ACLs and servers from', () => {
    const web = service('we b#1', vhost('a.com'));
    const { config } = generateProxyConfig(proxy(), [
      { ...web, containers: [{ name: 'c 1\nlisten x', ip: '10.0.0.9', running: true, healthy: true }] },
    ]);
    expect(config).toContain('backend SERVICE_shop_we_b_1\n  server c_1_listen_x 10.0.0.9:80 check\n');
    expect(config).toContain('use_backend SERVICE_shop_we_b_1 if');
  });

  it('leaves out stopped and unhealthy containers and unusable addresses', () => {
    const web = service('web', vhost('a.com'));
    const containers = [
      { name: 'up', ip: '10.0.0.2', running: true, healthy: true },
      { name: 'down', ip: '10.0.0.3', running: false, healthy: true },
      { name: 'sick', ip: '10.0.0.4', running: true, healthy: false },
      { name: 'odd', ip: '10.0.0.4 backup', running: true, healthy: true },
    ];
    const { config, warnings } = generateProxyConfig(proxy(), [{ ...web, containers }]);
    expect(section(config, 'backend SERVICE_shop_web')).toEqual(['server up 10.0.0.2:80 check']);
    expect(warnings).toEqual(['Container "odd" of service shop_web has no usable IP address; left out.']);
  });

  it('bounds the services and routes of one configuration', () => {
    const many = Array.from({ length: 600 }, (_, i) =>
      service(`s${i}`, vhost(`s${i}.com`), { ports: [80, 81, 82], containers: 10 }),
    );
    const { config, warnings } = generateProxyConfig(proxy(), many);
    expect(config.split('\n').filter((line) => line.startsWith('backend'))).toHaveLength(500);
    expect(config.split('\n').filter((line) => line.startsWith('  server'))).toHaveLength(10_000);
    expect(warnings).toEqual([
      'More than 500 services are proxied; the rest are left out.',
      'More than 10000 backend routes; the rest are left out.',
    ]);
  });

  it('warns when HAProxy listens on a port the proxy service does not publish', () => {
    const { warnings } = generateProxyConfig({ ...proxy(), ports: [{ containerPort: 80, protocol: 'tcp' }] }, [
      service('web', vhost('a.com, b.com:8080')),
    ]);
    expect(warnings).toEqual(['HAProxy listens on port 8080, which the proxy service does not publish (ports:).']);
  });

  it('adds the monitor URI to the frontend of MONITOR_PORT, or a frontend of its own', () => {
    const web = [service('web', vhost('a.com'))];
    const own = generateProxyConfig(proxy({ MONITOR_PORT: '80', MONITOR_URI: '/ping' }), web).config;
    expect(section(own, 'frontend port_80')).toContain('monitor-uri /ping');
    const separate = generateProxyConfig(proxy({ MONITOR_PORT: '8081', MONITOR_URI: '/ping' }), web).config;
    expect(section(separate, 'frontend monitor')).toEqual(['bind :8081', 'mode http', 'monitor-uri /ping']);
  });
});

import { readBasicAuth } from './basic-auth.ts';
import type { BasicAuthUser } from './basic-auth.ts';
import { isAbsolutePath } from './paths.ts';
import { isIpv4 } from './routes.ts';
import { readPem } from './pem.ts';
import { commaList, directiveList, shown, singleLine } from './text.ts';
import type { Warn } from './text.ts';
import { isTime, portNumber, readBalance, readHealthCheck, readOptions, wholeNumber, words } from './values.ts';

/** Which services the proxy routes to (ADDITIONAL_SERVICES). */
export type AdditionalServices =
  | { kind: 'application' }
  | { kind: 'cluster' }
  | { kind: 'listed'; services: { applicationName: string; serviceName: string }[] };

/** acs/proxy's own settings, from its environment variables, with the guide's defaults. */
export interface ProxyEnvironment {
  additionalServices: AdditionalServices;
  balance: string;
  caCertFile?: string;
  caCert?: string;
  certFolder?: string;
  defaultSslCert?: string;
  extraSslCerts: string[];
  extraBindSettings: Map<number, string>;
  extraDefaultSettings: string[];
  extraFrontendSettings: Map<number, string[]>;
  extraGlobalSettings: string[];
  extraRouteSettings: string;
  healthCheck: string;
  basicAuth: BasicAuthUser[];
  maxconn: number;
  mode: 'http' | 'tcp';
  monitor?: { port: number; uri: string };
  options: string[];
  rsyslogDestination: string;
  skipForwardedProto: boolean;
  sslBindCiphers?: string;
  sslBindOptions: string;
  statsAuth: string;
  statsPort: number;
  timeouts: string[];
}

const TIMEOUTS = new Set(['connect', 'client', 'server', 'check', 'queue', 'tunnel', 'http-request']);
const EXTRA_FRONTEND = /^EXTRA_FRONTEND_SETTINGS_(\d{1,5})$/;
const SERVICE_PART = /^([A-Za-z0-9_.-]{1,64}):([A-Za-z0-9_.-]{1,64})$/;

const SSL_BIND_FLAGS = new Set([
  'no-sslv3',
  'no-tlsv10',
  'no-tlsv11',
  'no-tlsv12',
  'no-tlsv13',
  'no-tls-tickets',
  'prefer-client-ciphers',
  'force-sslv3',
  'force-tlsv10',
  'force-tlsv11',
  'force-tlsv12',
  'force-tlsv13',
]);
const SSL_VERSIONS = new Set(['SSLv3', 'TLSv1.0', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3']);

function isSslBindOptions(text: string): boolean {
  const list = words(text);
  for (let i = 0; i < list.length; i += 1) {
    const word = list[i] ?? '';
    if (word === 'ssl-min-ver' || word === 'ssl-max-ver') {
      if (!SSL_VERSIONS.has(list[i + 1] ?? '')) return false;
      i += 1;
    } else if (!SSL_BIND_FLAGS.has(word)) return false;
  }
  return list.length > 0;
}

/** RSYSLOG_DESTINATION: an IPv4 address or a host name (not a bare number), then an optional port. */
function isLogDestination(text: string): boolean {
  const colon = text.lastIndexOf(':');
  const host = colon < 0 ? text : text.slice(0, colon);
  if (colon >= 0 && portNumber(text.slice(colon + 1)) === undefined) return false;
  return isIpv4(host) || (/^[A-Za-z0-9][A-Za-z0-9.-]{0,252}$/.test(host) && /[A-Za-z]/.test(host));
}

function additionalServices(value: string | undefined, warn: Warn): AdditionalServices {
  if (!value) return { kind: 'application' };
  if (value === '*') return { kind: 'cluster' };
  const services: { applicationName: string; serviceName: string }[] = [];
  for (const part of commaList('ADDITIONAL_SERVICES', value, warn)) {
    const match = SERVICE_PART.exec(part);
    if (match) services.push({ applicationName: match[1] ?? '', serviceName: match[2] ?? '' });
    else warn(`ADDITIONAL_SERVICES: ${shown(part)} is not project_name:service_name; ignored.`);
  }
  return { kind: 'listed', services };
}

function timeouts(value: string, warn: Warn): string[] {
  const result: string[] = [];
  for (const entry of commaList('TIMEOUT', value, warn)) {
    const [name = '', time = '', ...rest] = words(entry);
    if (TIMEOUTS.has(name) && isTime(time) && rest.length === 0) result.push(`${name} ${time}`);
    else warn(`TIMEOUT: ${shown(entry)} is not a timeout entry such as "connect 5000"; ignored.`);
  }
  return result;
}

function extraBindSettings(value: string | undefined, warn: Warn): Map<number, string> {
  const settings = new Map<number, string>();
  for (const part of directiveList('EXTRA_BIND_SETTINGS', value, warn)) {
    const colon = part.indexOf(':');
    const port = portNumber(part.slice(0, colon).trim());
    if (colon < 0 || port === undefined) warn(`EXTRA_BIND_SETTINGS: ${shown(part)} is not <port>:<setting>; ignored.`);
    else settings.set(port, part.slice(colon + 1).trim());
  }
  return settings;
}

function extraFrontendSettings(environment: Record<string, string>, warn: Warn): Map<number, string[]> {
  const settings = new Map<number, string[]>();
  for (const [key, value] of Object.entries(environment)) {
    const port = portNumber(EXTRA_FRONTEND.exec(key)?.[1] ?? '');
    if (port !== undefined) settings.set(port, directiveList(key, value, warn));
  }
  return settings;
}

/** Reads the proxy's environment variables (the guide's table), refusing what would break or inject. */
export function readProxyEnvironment(environment: Record<string, string>, warn: Warn): ProxyEnvironment {
  // Every setting that is not free text is one line of checked words; a refused one keeps its default.
  const setting = (key: string): string | undefined => {
    const raw = environment[key];
    return raw === undefined ? undefined : singleLine(key, raw, warn) || undefined;
  };
  const checked = (key: string, valid: (text: string) => boolean, what: string): string | undefined => {
    const value = setting(key);
    if (value === undefined || valid(value)) return value;
    warn(`${key}: ${shown(value)} is not ${what}; ignored.`);
    return undefined;
  };
  const pem = (key: string, needsKey: boolean) => {
    const raw = environment[key];
    return raw ? readPem(key, raw, warn, needsKey) : undefined;
  };
  const number = (key: string, valid: (n: number) => boolean, what: string) => {
    const text = checked(key, (t) => wholeNumber(t) !== undefined && valid(Number(t)), what);
    return text === undefined ? undefined : Number(text);
  };
  const balance = setting('BALANCE');
  const healthCheck = setting('HEALTH_CHECK');
  const option = setting('OPTION');
  const timeout = setting('TIMEOUT');
  const mode = setting('MODE');
  if (mode === 'health')
    warn('MODE: HAProxy 2.x has no "mode health" (use MONITOR_PORT and MONITOR_URI); http is used.');
  else if (mode !== undefined && mode !== 'http' && mode !== 'tcp')
    warn(`MODE: ${shown(mode)} is not http or tcp; ignored.`);
  const monitorPort = number('MONITOR_PORT', (n) => portNumber(String(n)) !== undefined, 'a port number');
  const monitorUri = checked('MONITOR_URI', (t) => /^\/[A-Za-z0-9._~%/=+-]{0,255}$/.test(t), 'a path such as /ping');
  const extraSslCerts = commaList('EXTRA_SSL_CERTS', setting('EXTRA_SSL_CERTS') ?? '', warn).flatMap((name) => {
    if (/^\w{1,64}$/.test(name)) return pem(name, true) ?? [];
    warn(`EXTRA_SSL_CERTS: ${shown(name)} is not an environment variable name; ignored.`);
    return [];
  });
  return {
    additionalServices: additionalServices(setting('ADDITIONAL_SERVICES'), warn),
    balance: (balance && readBalance('BALANCE', balance, warn)) ?? 'roundrobin',
    caCertFile: checked('CA_CERT_FILE', isAbsolutePath, 'an absolute path'),
    caCert: pem('CA_CERT', false),
    certFolder: checked('CERT_FOLDER', isAbsolutePath, 'an absolute path'),
    defaultSslCert: pem('DEFAULT_SSL_CERT', true),
    extraSslCerts,
    extraBindSettings: extraBindSettings(environment['EXTRA_BIND_SETTINGS'], warn),
    extraDefaultSettings: directiveList('EXTRA_DEFAULT_SETTINGS', environment['EXTRA_DEFAULT_SETTINGS'], warn),
    extraFrontendSettings: extraFrontendSettings(environment, warn),
    extraGlobalSettings: directiveList('EXTRA_GLOBAL_SETTINGS', environment['EXTRA_GLOBAL_SETTINGS'], warn),
    extraRouteSettings: setting('EXTRA_ROUTE_SETTINGS') ?? '',
    healthCheck: (healthCheck && readHealthCheck('HEALTH_CHECK', healthCheck, warn)) ?? 'check',
    basicAuth: readBasicAuth(setting('HTTP_BASIC_AUTH'), warn),
    maxconn: number('MAXCONN', (n) => n >= 1 && n <= 10_000_000, 'a number of connections') ?? 4096,
    mode: mode === 'tcp' ? 'tcp' : 'http',
    ...(monitorPort !== undefined && monitorUri !== undefined
      ? { monitor: { port: monitorPort, uri: monitorUri } }
      : {}),
    options: option === undefined ? ['redispatch'] : readOptions('OPTION', option, warn),
    rsyslogDestination:
      checked('RSYSLOG_DESTINATION', isLogDestination, 'an address or host name, with an optional :port') ??
      '127.0.0.1',
    skipForwardedProto: Boolean(environment['SKIP_FORWARDED_PROTO']),
    sslBindCiphers: checked(
      'SSL_BIND_CIPHERS',
      (t) => /^[A-Za-z0-9:+!_.@=-]{1,4096}$/.test(t),
      'an OpenSSL cipher list',
    ),
    sslBindOptions:
      checked('SSL_BIND_OPTIONS', isSslBindOptions, 'a list of SSL bind options such as "no-sslv3 no-tlsv10"') ??
      'no-sslv3',
    statsAuth:
      checked('STATS_AUTH', (t) => /^[A-Za-z0-9._-]{1,64}:[^\s#'"\\]{1,128}$/.test(t), 'user:password') ??
      'stats:stats',
    statsPort: number('STATS_PORT', (n) => portNumber(String(n)) !== undefined, 'a port number') ?? 1936,
    timeouts: timeouts(timeout ?? 'connect 5000, client 50000, server 50000', warn),
  };
}

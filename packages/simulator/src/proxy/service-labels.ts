import { readHttpCheck } from './http-check.ts';
import { readPem } from './pem.ts';
import { readAppSession, readCookie } from './stickiness.ts';
import type { AppSession } from './stickiness.ts';
import { commaList, directiveList, shown, singleLine } from './text.ts';
import type { Warn } from './text.ts';
import { readVirtualHosts } from './virtual-host.ts';
import type { VirtualHost } from './virtual-host.ts';
import { portNumber, readBalance, readHealthCheck, readOptions, wholeNumber, words } from './values.ts';

export const PROXY_LABEL_PREFIX = 'aliyun.proxy.';

/** A backend service's custom routing settings, from its `aliyun.proxy.*` labels. */
export interface ServiceProxySettings {
  required: boolean;
  /** VIRTUAL_HOST as written: services with the same one are merged into one backend. */
  virtualHostText: string;
  virtualHosts: VirtualHost[];
  weight: number;
  tcpPorts: { port: number; ssl: boolean }[];
  excludePorts: Set<number>;
  appSession?: AppSession;
  cookie?: string;
  balance?: string;
  defaultSslCert?: string;
  sslCert?: string;
  extraRouteSettings?: string;
  extraSettings: string[];
  forceSsl: boolean;
  gzipTypes?: string;
  healthCheck?: string;
  hstsMaxAge?: number;
  httpCheck?: string[];
  options: string[];
}

const MIME_TYPE = /^[A-Za-z0-9._+-]{1,64}\/[A-Za-z0-9._+-]{1,64}$/;

function ports(name: string, value: string, warn: Warn, allowSsl: boolean): { port: number; ssl: boolean }[] {
  const result: { port: number; ssl: boolean }[] = [];
  for (const part of commaList(name, value, warn)) {
    const ssl = allowSsl && part.toLowerCase().endsWith('/ssl');
    const port = portNumber(ssl ? part.slice(0, -4) : part);
    if (port === undefined)
      warn(`${name}: ${shown(part)} is not a port${allowSsl ? ' (or <port>/ssl)' : ''}; ignored.`);
    else result.push({ port, ssl });
  }
  return result;
}

/** Reads the `aliyun.proxy.*` labels of `service` (e.g. "shop_web"), refusing what would break or inject. */
export function readServiceProxySettings(
  service: string,
  labels: Record<string, string>,
  warn: Warn,
): ServiceProxySettings {
  const name = (key: string) => `${PROXY_LABEL_PREFIX}${key} of service ${service}`;
  const setting = (key: string): string | undefined => {
    const raw = labels[`${PROXY_LABEL_PREFIX}${key}`];
    if (raw === undefined || key === 'HTTP_CHECK' || key.endsWith('SSL_CERT')) return raw;
    return singleLine(name(key), raw, warn) || undefined;
  };
  const read = <T>(key: string, reader: (label: string, value: string, warn: Warn) => T | undefined) => {
    const value = setting(key);
    return value === undefined ? undefined : reader(name(key), value, warn);
  };
  const integer = (label: string, value: string, w: Warn) => {
    const number = wholeNumber(value);
    if (number === undefined) w(`${label}: ${shown(value)} is not an integer; ignored.`);
    return number;
  };
  const gzip = (label: string, value: string, w: Warn) => {
    if (words(value).every((type) => MIME_TYPE.test(type))) return words(value).join(' ');
    w(`${label}: ${shown(value)} is not a list of MIME types such as "text/html text/plain text/css"; ignored.`);
    return undefined;
  };
  const hsts = read('HSTS_MAX_AGE', integer);
  const virtualHostText = setting('VIRTUAL_HOST') ?? '';
  const httpCheckValue = setting('HTTP_CHECK');
  const settings: ServiceProxySettings = {
    required: setting('required')?.toLowerCase() === 'true',
    virtualHostText,
    virtualHosts: virtualHostText ? readVirtualHosts(name('VIRTUAL_HOST'), virtualHostText, warn) : [],
    weight: read('VIRTUAL_HOST_WEIGHT', integer) ?? 0,
    tcpPorts: read('TCP_PORTS', (label, value, w) => ports(label, value, w, true)) ?? [],
    excludePorts: new Set(
      (read('EXCLUDE_PORTS', (label, value, w) => ports(label, value, w, false)) ?? []).map((p) => p.port),
    ),
    appSession: read('APPSESSION', readAppSession),
    cookie: read('COOKIE', readCookie),
    balance: read('BALANCE', readBalance),
    defaultSslCert: read('DEFAULT_SSL_CERT', (label, value, w) => readPem(label, value, w, true)),
    sslCert: read('SSL_CERT', (label, value, w) => readPem(label, value, w, true)),
    extraRouteSettings: setting('EXTRA_ROUTE_SETTINGS'),
    extraSettings: directiveList(name('EXTRA_SETTINGS'), labels[`${PROXY_LABEL_PREFIX}EXTRA_SETTINGS`], warn),
    forceSsl: Boolean(labels[`${PROXY_LABEL_PREFIX}FORCE_SSL`]),
    gzipTypes: read('GZIP_COMPRESSION_TYPE', gzip),
    healthCheck: read('HEALTH_CHECK', readHealthCheck),
    ...(hsts !== undefined && hsts >= 0 ? { hstsMaxAge: hsts } : {}),
    httpCheck: httpCheckValue === undefined ? undefined : readHttpCheck(name('HTTP_CHECK'), httpCheckValue, warn),
    options: read('OPTION', readOptions) ?? [],
  };
  return settings;
}

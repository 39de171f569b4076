import type { Reporter } from '../diagnostics.ts';
import type { LabelEntry, LabelSet } from './parse.ts';
import { portNumber } from './values.ts';

/** One `[scheme://]domain[:port][/path]` of `aliyun.proxy.VIRTUAL_HOST` (`*` allowed as a wildcard). */
export interface VirtualHost {
  scheme: 'http' | 'https' | 'ws' | 'wss';
  domain: string;
  port: number;
  path?: string;
}

/** Custom routing (acs/proxy) settings of a backend service, `aliyun.proxy.*`. */
export interface ProxySettings {
  required: boolean;
  virtualHosts: VirtualHost[];
  tcpPorts: { port: number; ssl: boolean }[];
  excludePorts: number[];
  /** Every `aliyun.proxy.NAME` label by NAME, as acs/proxy reads them. */
  settings: Record<string, string>;
}

export const PROXY_PREFIX = 'aliyun.proxy.';

/** The names the custom routing guide documents after `aliyun.proxy.`. */
export const PROXY_NAMES = [
  'APPSESSION',
  'BALANCE',
  'COOKIE',
  'DEFAULT_SSL_CERT',
  'EXCLUDE_PORTS',
  'EXTRA_ROUTE_SETTINGS',
  'EXTRA_SETTINGS',
  'FORCE_SSL',
  'GZIP_COMPRESSION_TYPE',
  'HEALTH_CHECK',
  'HSTS_MAX_AGE',
  'HTTP_CHECK',
  'OPTION',
  'SSL_CERT',
  'TCP_PORTS',
  'VIRTUAL_HOST_WEIGHT',
  'VIRTUAL_HOST',
  'required',
] as const;

const BALANCES = ['roundrobin', 'static-rr', 'source', 'leastconn'];

function virtualHost(text: string): VirtualHost | undefined {
  const match = /^(?:(https?|wss?):\/\/)?([^/:\s]+)(?::(\d+))?(\/\S*)?$/.exec(text);
  if (!match) return undefined;
  const [, scheme = 'http', domain = '', portText, path] = match;
  const secure = scheme === 'https' || scheme === 'wss';
  const port = portText === undefined ? (secure ? 443 : 80) : portNumber(portText);
  if (port === undefined) return undefined;
  return { scheme: scheme as VirtualHost['scheme'], domain, port, ...(path ? { path } : {}) };
}

function ports(entry: LabelEntry, allowSsl: boolean, report: Reporter): { port: number; ssl: boolean }[] {
  const result: { port: number; ssl: boolean }[] = [];
  for (const part of entry.value.split(',').map((p) => p.trim())) {
    const [number = '', suffix] = part.split('/');
    const port = portNumber(number);
    if (port === undefined || (suffix !== undefined && !(allowSsl && suffix === 'ssl'))) {
      report.error(
        'proxy-ports',
        `\`${entry.key}\` is a comma-separated list of ports, such as "9000, 9001${allowSsl ? ', 2222/ssl' : ''}".`,
        entry.valueAt,
      );
      return [];
    }
    result.push({ port, ssl: suffix === 'ssl' });
  }
  return result;
}

/** Reads `aliyun.proxy.*` (custom routing), checking the values the guide gives a format for. */
export function readProxy(labels: LabelSet, report: Reporter): ProxySettings | undefined {
  const entries = labels.withPrefix(PROXY_PREFIX);
  if (entries.length === 0) return undefined;
  const settings: ProxySettings = { required: false, virtualHosts: [], tcpPorts: [], excludePorts: [], settings: {} };
  for (const entry of entries) {
    const name = entry.key.slice(PROXY_PREFIX.length);
    settings.settings[name] = entry.value;
    if (entry.unresolved) continue;
    const value = entry.value.trim();
    if (name === 'required') settings.required = value === 'true';
    else if (name === 'VIRTUAL_HOST') {
      const hosts = value.split(',').map((h) => virtualHost(h.trim()));
      if (hosts.every((h) => h !== undefined)) settings.virtualHosts = hosts;
      else
        report.error(
          'proxy-virtual-host',
          'aliyun.proxy.VIRTUAL_HOST is a set of comma-separated URLs with the format of [scheme://]domain[:port][/path]; the scheme is http, https, ws or wss, and * can be used as the wildcard.',
          entry.valueAt,
        );
    } else if (name === 'BALANCE' && !BALANCES.includes(value)) {
      report.error(
        'proxy-balance',
        'aliyun.proxy.BALANCE: possible values include roundrobin, static-rr, source, leastconn.',
        entry.valueAt,
      );
    } else if ((name === 'VIRTUAL_HOST_WEIGHT' || name === 'HSTS_MAX_AGE') && !/^\d+$/.test(value)) {
      report.error('proxy-integer', `\`${entry.key}\` is an integer.`, entry.valueAt);
    } else if (name === 'TCP_PORTS') settings.tcpPorts = ports(entry, true, report);
    else if (name === 'EXCLUDE_PORTS') settings.excludePorts = ports(entry, false, report).map((p) => p.port);
  }
  return settings;
}

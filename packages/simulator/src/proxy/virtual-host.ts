import { PROXY_LIMITS } from './limits.ts';
import { shown } from './text.ts';
import type { Warn } from './text.ts';
import { portNumber } from './values.ts';

/** One `[scheme://]domain[:port][/path]` of VIRTUAL_HOST; `*` is a wildcard in domain and path. */
export interface VirtualHost {
  scheme: 'http' | 'https' | 'ws' | 'wss';
  host: string;
  port: number;
  path: string;
}

const SCHEMES = ['http', 'https', 'ws', 'wss'] as const;
const HOST = /^[A-Za-z0-9*][A-Za-z0-9*._-]{0,252}$/;
const PATH = /^\/[A-Za-z0-9._~%/*+=:@!-]{0,1000}$/;

function virtualHost(text: string): VirtualHost | undefined {
  const separator = text.indexOf('://');
  const scheme = separator < 0 ? 'http' : text.slice(0, separator).toLowerCase();
  if (!(SCHEMES as readonly string[]).includes(scheme)) return undefined;
  const rest = separator < 0 ? text : text.slice(separator + 3);
  const slash = rest.indexOf('/');
  const authority = slash < 0 ? rest : rest.slice(0, slash);
  const path = slash < 0 ? '' : rest.slice(slash);
  const colon = authority.indexOf(':');
  const host = colon < 0 ? authority : authority.slice(0, colon);
  const secure = scheme === 'https' || scheme === 'wss';
  const port = colon < 0 ? (secure ? 443 : 80) : portNumber(authority.slice(colon + 1));
  if (port === undefined || !HOST.test(host) || (path !== '' && !PATH.test(path))) return undefined;
  return { scheme: scheme as VirtualHost['scheme'], host, port, path };
}

/** VIRTUAL_HOST: comma-separated URLs; an unreadable one is left out with a warning. */
export function readVirtualHosts(name: string, value: string, warn: Warn): VirtualHost[] {
  const hosts: VirtualHost[] = [];
  const parts = value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  for (const part of parts.slice(0, PROXY_LIMITS.listParts)) {
    const host = virtualHost(part);
    if (host) hosts.push(host);
    else
      warn(
        `${name}: ${shown(part)} is not [scheme://]domain[:port][/path] (scheme http, https, ws or wss; * as the wildcard); ignored.`,
      );
  }
  if (parts.length > PROXY_LIMITS.listParts)
    warn(`${name} has more than ${PROXY_LIMITS.listParts} URLs; the rest are ignored.`);
  return hosts;
}

/** The wildcard form as an anchored HAProxy regex: `*` matches anything, the rest literally. */
function wildcardRegex(text: string): string {
  return text.replace(/[.+]/g, (char) => `\\${char}`).replaceAll('*', '.*');
}

/**
 * The ACLs and `use_backend` rule of the `rule`-th virtual host of a frontend, as acs/proxy writes
 * them: the host with and without its port, the path, and `is_websocket` for ws/wss.
 */
export function virtualHostRules(host: VirtualHost, rule: number, backend: string): string[] {
  const lines: string[] = [];
  const wildcardHost = host.host.includes('*');
  const hostMatch = wildcardHost ? `hdr_reg(host) -i ^${wildcardRegex(host.host)}` : `hdr(host) -i ${host.host}`;
  const end = wildcardHost ? '$' : '';
  lines.push(`acl host_rule_${rule} ${hostMatch}${end}`, `acl host_rule_${rule}_port ${hostMatch}:${host.port}${end}`);
  if (host.path.includes('*')) lines.push(`acl path_rule_${rule} path_reg -i ^${wildcardRegex(host.path)}$`);
  else if (host.path) lines.push(`acl path_rule_${rule} path -i ${host.path}`);
  const prefix = [host.scheme.startsWith('ws') ? 'is_websocket' : '', host.path ? `path_rule_${rule}` : '']
    .filter((part) => part !== '')
    .join(' ');
  const condition = [`host_rule_${rule}`, `host_rule_${rule}_port`]
    .map((acl) => `${prefix} ${acl}`.trim())
    .join(' or ');
  lines.push(`use_backend ${backend} if ${condition}`);
  return lines;
}

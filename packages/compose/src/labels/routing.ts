import type { Reporter } from '../diagnostics.ts';
import type { LabelEntry, LabelSet } from './parse.ts';
import { labelBoolean, portNumber } from './values.ts';

/** One domain bound to a container port by `aliyun.routing.port_$container_port`. */
export interface RoutingDomain {
  scheme: 'http' | 'https';
  /** The domain, or the prefix of the test domain `<prefix>.<cluster_id>.<region_id>.alicontainer.com`. */
  host: string;
  isPrefix: boolean;
  contextPath?: string;
}

export interface RoutingRule {
  containerPort: number;
  domains: RoutingDomain[];
}

export interface RoutingSettings {
  rules: RoutingRule[];
  sessionSticky: boolean;
}

export const ROUTING_PREFIX = 'aliyun.routing.port_';
const FORMAT = 'Format: aliyun.routing.port_$container_port: [http://]$domain|$domain_prefix[$context_path].';
const DNS_LABEL = /^[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?$/;
const MAX_LENGTH = 128;

/** Parses one `;`-separated entry of a routing label, reporting what the guide forbids. */
function parseDomain(text: string, entry: LabelEntry, report: Reporter): RoutingDomain | undefined {
  const match = /^(?:([a-zA-Z][\w+.-]*):\/\/)?([^/]*)(\/.*)?$/.exec(text);
  const [, schemeText, host = '', contextPath] = match ?? [];
  const scheme = (schemeText ?? 'http').toLowerCase();
  if (!match || (scheme !== 'http' && scheme !== 'https')) {
    report.error(
      'routing-format',
      `\`${text}\` is not a domain for routing: the scheme is http (the default) or https. ${FORMAT}`,
      entry.valueAt,
    );
    return undefined;
  }
  if (host.length > MAX_LENGTH || (contextPath?.length ?? 0) > MAX_LENGTH) {
    report.error(
      'routing-too-long',
      'Both the length of the domain name and the context root should not exceed 128 characters.',
      entry.valueAt,
    );
    return undefined;
  }
  const labels = host.split('.');
  if (!labels.every((l) => DNS_LABEL.test(l))) {
    report.error(
      'routing-format',
      `\`${host}\` is not a domain name or domain name prefix: use letters, digits and hyphens (-), with periods (.) only between the levels of your own domain. ${FORMAT}`,
      entry.valueAt,
    );
    return undefined;
  }
  const isPrefix = labels.length === 1;
  if (host.toLowerCase().endsWith('.alicontainer.com') && labels.length > 5) {
    report.error(
      'routing-prefix-dots',
      `The domain name prefix \`${labels.slice(0, labels.length - 4).join('.')}\` only indicates the domain level and cannot be divided with periods (.).`,
      entry.valueAt,
    );
    return undefined;
  }
  if (isPrefix && scheme === 'https') {
    report.error(
      'routing-https-prefix',
      `If HTTPS protocol is used, it only supports the domain name you provide, such as www.example.com, not the prefix \`${host}\`.`,
      entry.valueAt,
    );
    return undefined;
  }
  return { scheme, host, isPrefix, ...(contextPath ? { contextPath } : {}) };
}

function readRule(entry: LabelEntry, report: Reporter): RoutingRule | undefined {
  const containerPort = portNumber(entry.key.slice(ROUTING_PREFIX.length));
  if (containerPort === undefined) {
    report.error(
      'routing-port',
      `$container_port in \`${entry.key}\` is the container port, 1–65535. ${FORMAT}`,
      entry.keyAt,
    );
    return undefined;
  }
  if (entry.unresolved) return { containerPort, domains: [] };
  const parts = entry.value.split(';').map((p) => p.trim());
  if (parts.some((p) => p === '')) {
    report.error(
      'routing-format',
      `Give at least one domain name or prefix; when you bind several domain names to the service, use semicolons (;) to separate them. ${FORMAT}`,
      entry.valueAt,
    );
    return undefined;
  }
  const domains = parts.map((p) => parseDomain(p, entry, report));
  return domains.every((d) => d !== undefined) ? { containerPort, domains } : undefined;
}

/** Reads `aliyun.routing.port_*` and `aliyun.routing.session_sticky`. */
export function readRouting(labels: LabelSet, report: Reporter): RoutingSettings {
  const rules: RoutingRule[] = [];
  const seen = new Set<number>();
  let declared = 0;
  for (const entry of labels.withPrefix(ROUTING_PREFIX)) {
    declared++;
    const port = portNumber(entry.key.slice(ROUTING_PREFIX.length));
    if (port !== undefined && seen.has(port)) {
      report.error(
        'routing-duplicate-port',
        `One port can only use one label for statement: port ${port} already has one. Put all its domain names in one label, separated by semicolons (;).`,
        entry.keyAt,
      );
      continue;
    }
    if (port !== undefined) seen.add(port);
    const rule = readRule(entry, report);
    if (rule) rules.push(rule);
  }
  const stickyEntry = labels.get('aliyun.routing.session_sticky');
  const sessionSticky = labelBoolean(stickyEntry, report) ?? false;
  if (stickyEntry && declared === 0)
    report.warning(
      'session-sticky-without-routing',
      'aliyun.routing.session_sticky can only work after aliyun.routing.port_$container_port has been set.',
      stickyEntry.keyAt,
    );
  return { rules, sessionSticky };
}

import type { Reporter } from '../diagnostics.ts';
import { IntervalOwners } from '../intervals.ts';
import { hostPortOf, publishes } from '../ports.ts';
import type { PortMapping, Protocol } from '../ports.ts';
import type { LabelEntry, LabelSet } from './parse.ts';
import { portNumber } from './values.ts';

export type LbScheme = 'tcp' | 'http' | 'https' | 'udp';

/** A custom Server Load Balancer NAT mapping, `aliyun.lb.port_$container_port: $scheme://$slb:$front_port`. */
export interface LbRule {
  /** The label key as written, e.g. `aliyun.lb.port_80`. */
  label: string;
  containerPort: number;
  scheme: LbScheme;
  /** The name or ID of the Server Load Balancer instance. */
  instance: string;
  frontPort: number;
  /** The host (ECS vm) port the container port is mapped to in `ports`: the backend port. */
  hostPort?: number;
}

export const LB_PREFIX = 'aliyun.lb.port_';
const FORMAT = 'Format: aliyun.lb.port_$container_port: $scheme://[$slb_name|$slb_id]:$front_port.';
const SCHEMES: readonly string[] = ['tcp', 'http', 'https', 'udp'];
const INSTANCE = /^[A-Za-z0-9\-/._]{1,80}$/;

function readRule(entry: LabelEntry, ports: PortsInfo, published: Published, report: Reporter): LbRule | undefined {
  const containerPort = portNumber(entry.key.slice(LB_PREFIX.length));
  if (containerPort === undefined) {
    report.error(
      'lb-port',
      `The container port values are limited to 1~65535 (\`${entry.key}\`). ${FORMAT}`,
      entry.keyAt,
    );
    return undefined;
  }
  if (entry.unresolved) return undefined;
  const match = /^\s*([^:/\s]+):\/\/([^:]*):([^:]*?)\s*$/.exec(entry.value);
  if (!match) {
    report.error(
      'lb-format',
      `\`${entry.value.trim()}\` is not a Server Load Balancer mapping. ${FORMAT}`,
      entry.valueAt,
    );
    return undefined;
  }
  const [, schemeText = '', instance = '', frontText = ''] = match;
  const scheme = schemeText.toLowerCase();
  if (!SCHEMES.includes(scheme)) {
    report.error(
      'lb-scheme',
      `The Server Load Balancer protocols $scheme supported include tcp, http, https, and udp, not \`${schemeText}\`.`,
      entry.valueAt,
    );
    return undefined;
  }
  if (!INSTANCE.test(instance)) {
    report.error(
      'lb-name',
      'The name of the Server Load Balancer instance is limited to 1~80 characters, including letters, numbers, hyphens (-), forward slashes (/), periods (.) and underscores (_).',
      entry.valueAt,
    );
    return undefined;
  }
  const frontPort = portNumber(frontText);
  if (frontPort === undefined) {
    report.error(
      'lb-front-port',
      `The Server Load Balancer front port values are limited to 1~65535, not \`${frontText}\`.`,
      entry.valueAt,
    );
    return undefined;
  }
  const protocol = scheme === 'udp' ? 'udp' : 'tcp';
  const mapping = published(containerPort, protocol);
  const rule: LbRule = { label: entry.key, containerPort, scheme: scheme as LbScheme, instance, frontPort };
  if (!mapping && !ports.unresolved) {
    report.error(
      'lb-host-port-required',
      `You must specify the host port: add a host:container port mapping for container port ${containerPort}${protocol === 'udp' ? '/udp' : ''} to ports (for example "${containerPort}:${containerPort}${protocol === 'udp' ? '/udp' : ''}"). The Server Load Balancer will use the host port to bind the backend ECS vm machine.`,
      entry.keyAt,
    );
    return rule;
  }
  const hostPort = mapping && hostPortOf(mapping, containerPort);
  return hostPort === undefined ? rule : { ...rule, hostPort };
}

/** The service's `ports`, and whether some entry still holds an unset variable (so may be the one). */
export interface PortsInfo {
  mappings: readonly PortMapping[];
  unresolved: boolean;
}

/** The first mapping that publishes a container port on a host port. */
type Published = (containerPort: number, protocol: Protocol) => PortMapping | undefined;

/** Looks mappings up by container port: a scan for a few, an interval index for many. */
function publishedPorts(mappings: readonly PortMapping[]): Published {
  if (mappings.length <= 16) return (port, protocol) => mappings.find((m) => publishes(m, port, protocol));
  const index = (protocol: Protocol) =>
    new IntervalOwners(
      mappings.flatMap((m, owner) =>
        m.protocol === protocol && m.hostPort !== undefined
          ? [{ start: m.containerPort, end: m.containerPort + m.count - 1, owner }]
          : [],
      ),
    );
  const byProtocol = { tcp: index('tcp'), udp: index('udp') };
  return (port, protocol) => mappings[byProtocol[protocol].owners(port)[0]];
}

/** Reads `aliyun.lb.port_*`, each checked against the guide's format and the service's `ports`. */
export function readLb(labels: LabelSet, ports: PortsInfo, report: Reporter): LbRule[] {
  const rules: LbRule[] = [];
  const entries = labels.withPrefix(LB_PREFIX);
  const published = publishedPorts(entries.length > 0 ? ports.mappings : []);
  for (const entry of entries) {
    const rule = readRule(entry, ports, published, report);
    if (rule) rules.push(rule);
  }
  return rules;
}

/** What the cross-service lb checks need to know about one service. */
export interface LbUser {
  service: string;
  rules: readonly LbRule[];
  ports: readonly PortMapping[];
  labels: LabelSet;
}

/** Host ports by protocol, each owned by the index of the service that maps it. */
function hostPortOwners(users: readonly LbUser[], protocol: Protocol): IntervalOwners {
  return new IntervalOwners(
    users.flatMap((user, owner) =>
      user.ports.flatMap((m) =>
        m.protocol === protocol && m.hostPort !== undefined
          ? [{ start: m.hostPort, end: m.hostPort + m.count - 1, owner }]
          : [],
      ),
    ),
  );
}

/** Across services: no two share an instance, and no other service maps an lb host port. */
export function checkLbAcrossServices(users: readonly LbUser[], report: Reporter): void {
  const owner = new Map<string, string>();
  let hostPorts: Record<Protocol, IntervalOwners> | undefined;
  users.forEach((user, self) => {
    for (const rule of user.rules) {
      const at = user.labels.get(rule.label)?.valueAt;
      if (!at) continue;
      const first = owner.get(rule.instance);
      if (first !== undefined && first !== user.service)
        report.error(
          'lb-shared-instance',
          `Server Load Balancer instance \`${rule.instance}\` is already used by service \`${first}\`: several services cannot share and use the same Server Load Balancer instance.`,
          at,
        );
      else owner.set(rule.instance, user.service);
      if (rule.hostPort === undefined) continue;
      hostPorts ??= { tcp: hostPortOwners(users, 'tcp'), udp: hostPortOwners(users, 'udp') };
      const other = hostPorts[rule.scheme === 'udp' ? 'udp' : 'tcp'].firstOtherThan(self, rule.hostPort);
      const clash = other === undefined ? undefined : users[other];
      if (clash)
        report.error(
          'lb-host-port-conflict',
          `Host port ${rule.hostPort} is also mapped by service \`${clash.service}\`: the host port of a Server Load Balancer mapping cannot conflict with the host port mapped by other services.`,
          at,
        );
    }
  });
}

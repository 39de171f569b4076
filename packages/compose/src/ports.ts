import type { Reporter } from './diagnostics.ts';
import type { TNode, TScalar } from './tree.ts';

export type Protocol = 'tcp' | 'udp';

/** One `ports` entry: container port(s) and, when given, the host port(s) they are published on. */
export interface PortMapping {
  hostIp?: string;
  /** First host port; absent when the host port is chosen at random. */
  hostPort?: number;
  containerPort: number;
  /** How many consecutive ports the entry covers (`8000-8010:8000-8010` → 11). */
  count: number;
  protocol: Protocol;
}

/** One `expose` entry: a container port (range) reachable by other containers only. */
export interface ExposedPort {
  port: number;
  count: number;
  protocol: Protocol;
}

/** Host ports the cluster's own services use (the console: "The host port cannot be set to 9080, 2376, 3376"). */
export const RESERVED_HOST_PORTS: readonly number[] = [9080, 2376, 3376];

interface Range {
  start: number;
  count: number;
}

function parseRange(text: string): Range | undefined {
  const match = /^(\d+)(?:-(\d+))?$/.exec(text.trim());
  if (!match) return undefined;
  const start = Number(match[1]);
  const end = match[2] === undefined ? start : Number(match[2]);
  if (start < 1 || end > 65535 || end < start) return undefined;
  return { start, count: end - start + 1 };
}

function splitProtocol(text: string): { body: string; protocol: Protocol } | undefined {
  const [body = '', protocol = 'tcp', extra] = text.split('/');
  if (extra !== undefined || (protocol !== 'tcp' && protocol !== 'udp')) return undefined;
  return { body, protocol };
}

/** Parses `[[host_ip:]host_port:]container_port[/tcp|udp]` (ports may be ranges), or undefined. */
export function parsePortMapping(text: string): PortMapping | undefined {
  const split = splitProtocol(text.trim());
  if (!split) return undefined;
  const parts = split.body.split(':');
  if (parts.length > 3) return undefined;
  const container = parseRange(parts[parts.length - 1] ?? '');
  if (!container) return undefined;
  const hostText = parts.length >= 2 ? (parts[parts.length - 2] ?? '') : '';
  const hostIp = parts.length === 3 ? parts[0] : undefined;
  if (hostIp !== undefined && !/^[\d.]+$/.test(hostIp)) return undefined;
  const mapping: PortMapping = { containerPort: container.start, count: container.count, protocol: split.protocol };
  if (hostIp) mapping.hostIp = hostIp;
  if (hostText === '') return parts.length === 2 ? undefined : mapping;
  const host = parseRange(hostText);
  if (!host || (host.count !== container.count && container.count !== 1)) return undefined;
  mapping.hostPort = host.start;
  return mapping;
}

/** Whether a mapping publishes a container port (with the given protocol) on a host port. */
export function publishes(mapping: PortMapping, containerPort: number, protocol: Protocol): boolean {
  return (
    mapping.protocol === protocol &&
    mapping.hostPort !== undefined &&
    containerPort >= mapping.containerPort &&
    containerPort < mapping.containerPort + mapping.count
  );
}

/** The host port a container port is published on, if any. */
export function hostPortOf(mapping: PortMapping, containerPort: number): number | undefined {
  if (mapping.hostPort === undefined) return undefined;
  return mapping.count === 1 ? mapping.hostPort : mapping.hostPort + (containerPort - mapping.containerPort);
}

function scalarItems(node: TNode | undefined, what: string, report: Reporter): TScalar[] {
  if (node?.kind !== 'seq') return [];
  const items: TScalar[] = [];
  for (const item of node.items) {
    if (item.kind === 'scalar' && item.value !== null && typeof item.value !== 'boolean') items.push(item);
    else report.error('invalid-type', `Each entry of \`${what}\` is a port written as a string or a number.`, item);
  }
  return items;
}

/** Reads `ports`, reporting malformed entries and the host ports the service reserves. */
export function readPorts(node: TNode | undefined, report: Reporter): PortMapping[] {
  const mappings: PortMapping[] = [];
  for (const item of scalarItems(node, 'ports', report)) {
    if (item.unresolved) continue;
    const mapping = parsePortMapping(item.text);
    if (!mapping) {
      report.error(
        'invalid-port',
        `\`${item.text}\` is not a port mapping: write [[host_ip:]host_port:]container_port[/tcp|udp], with ports 1–65535.`,
        item,
      );
      continue;
    }
    const reserved = RESERVED_HOST_PORTS.find(
      (p) => mapping.hostPort !== undefined && p >= mapping.hostPort && p < mapping.hostPort + mapping.count,
    );
    if (reserved !== undefined)
      report.error('reserved-host-port', `The host port cannot be set to 9080, 2376, 3376 (here ${reserved}).`, item);
    mappings.push(mapping);
  }
  return mappings;
}

/** Reads `expose`: container ports (or ranges) with an optional protocol. */
export function readExpose(node: TNode | undefined, report: Reporter): ExposedPort[] {
  const exposed: ExposedPort[] = [];
  for (const item of scalarItems(node, 'expose', report)) {
    if (item.unresolved) continue;
    const split = splitProtocol(item.text.trim());
    const range = split && parseRange(split.body);
    if (!split || !range) {
      report.error(
        'invalid-expose',
        `\`${item.text}\` is not a port to expose: write port[/tcp|udp], with ports 1–65535.`,
        item,
      );
      continue;
    }
    exposed.push({ port: range.start, count: range.count, protocol: split.protocol });
  }
  return exposed;
}

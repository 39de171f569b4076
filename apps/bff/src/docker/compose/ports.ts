import { isIPv4 } from 'node:net';
import { z } from 'zod';
import { list, map, setMember } from './schema-parts.ts';

type Protocol = 'tcp' | 'udp';

interface ContainerPort {
  port: number;
  protocol: Protocol;
}

interface Publication extends ContainerPort {
  hostIp: string;
  hostPort: string;
}

const PORT_KEY = /^(\d{1,5})(?:\/(tcp|udp))?$/;
const PORT_NUMBER = /^\d{1,5}$/;

const isPortNumber = (value: number): boolean => value >= 1 && value <= 65535;

/** `"80/tcp"`, `"53/udp"` or `"80"` (tcp), the keys of ExposedPorts and PortBindings. */
function parsePortKey(key: string): ContainerPort | undefined {
  const match = PORT_KEY.exec(key);
  const port = Number(match?.[1]);
  return match && isPortNumber(port) ? { port, protocol: match[2] === 'udp' ? 'udp' : 'tcp' } : undefined;
}

const portKey = z
  .string()
  .refine((key) => parsePortKey(key) !== undefined, 'must be a port 1-65535, optionally with /tcp or /udp');

const HOST_PORT = 'must be a port number';
const hostPort = z
  .string(HOST_PORT)
  .refine((value) => value === '' || (PORT_NUMBER.test(value) && isPortNumber(Number(value))), HOST_PORT);

const HOST_IP = 'must be an IPv4 address';
const hostIp = z.string(HOST_IP).refine((value) => value === '' || isIPv4(value), HOST_IP);

const portBinding = z.object({ HostIp: hostIp.nullish(), HostPort: hostPort.nullish() }, 'must be an object');

export const exposedPortsSchema = map(setMember.nullish(), portKey);
export const portBindingsSchema = map(list(portBinding).nullish(), portKey);

type ExposedPorts = z.output<typeof exposedPortsSchema>;
type PortBindings = z.output<typeof portBindingsSchema>;

const keyOf = (p: ContainerPort): string => `${p.port}/${p.protocol}`;

const byPort = (a: ContainerPort, b: ContainerPort): number => a.port - b.port || a.protocol.localeCompare(b.protocol);

function byPublication(a: Publication, b: Publication): number {
  return byPort(a, b) || a.hostIp.localeCompare(b.hostIp) || Number(a.hostPort) - Number(b.hostPort);
}

const withProtocol = (p: ContainerPort): string => (p.protocol === 'udp' ? `${p.port}/udp` : `${p.port}`);

/** A `ports` entry: `[[host_ip:]host_port:]container_port[/udp]`; `ip::port` keeps the host port random. */
function portsEntry(p: Publication): string {
  const host = p.hostIp ? `${p.hostIp}:${p.hostPort}:` : p.hostPort ? `${p.hostPort}:` : '';
  return `${host}${withProtocol(p)}`;
}

/** Each port binding becomes a `ports` entry; exposed ports nothing publishes become `expose` entries. */
export function composePorts(
  exposed: ExposedPorts | null | undefined,
  bindings: PortBindings | null | undefined,
): { ports: string[]; expose: string[] } {
  const published: Publication[] = [];
  const unpublished = new Map<string, ContainerPort>();
  for (const key of Object.keys(exposed ?? {})) {
    const port = parsePortKey(key);
    if (port) unpublished.set(keyOf(port), port);
  }
  for (const [key, list] of Object.entries(bindings ?? {})) {
    const port = parsePortKey(key);
    if (!port) continue;
    if (!list?.length) unpublished.set(keyOf(port), port);
    for (const binding of list ?? [])
      published.push({ ...port, hostIp: binding.HostIp ?? '', hostPort: binding.HostPort ?? '' });
  }
  for (const p of published) unpublished.delete(keyOf(p));
  return {
    ports: [...new Set(published.sort(byPublication).map(portsEntry))],
    expose: [...unpublished.values()].sort(byPort).map(withProtocol),
  };
}

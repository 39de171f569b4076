import type { ShellHost, ShellWorld } from './world.ts';

/** What a name resolved to: the addresses, and the containers behind them (none for loopback). */
export interface Resolved {
  name: string;
  addresses: string[];
  hosts: ShellHost[];
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
export const isIpv4 = (text: string) => IPV4.test(text);
const MAX_NAME = 253;

const LOOPBACK = '127.0.0.1';
const of = (name: string, hosts: ShellHost[]): Resolved => ({
  name,
  addresses: hosts.map((h) => h.containerIp),
  hosts,
});

/**
 * Resolves a name as the container's resolver does (the guide's service discovery): an address as
 * is, `localhost`, its own name, a link alias to the linked service, then the cluster's container
 * names, template hostnames and `.local` routing domains. Undefined when nothing answers.
 */
export async function resolveHost(world: ShellWorld, text: string): Promise<Resolved | undefined> {
  const asked = text.replace(/\.$/, '');
  const name = asked.toLowerCase();
  if (name.length === 0 || name.length > MAX_NAME) return undefined;
  if (isIpv4(name)) {
    const host = name === world.self.containerIp ? world.self : await world.byAddress(name);
    return { name, addresses: [name], hosts: host ? [host] : [] };
  }
  if (name === 'localhost') return { name, addresses: [LOOPBACK], hosts: [] };
  const { self } = world;
  if (name === self.hostname.toLowerCase() || name === self.name.toLowerCase()) return of(asked, [self]);
  const link = self.links.find((l) => l.alias.toLowerCase() === name);
  if (link) {
    const linked = await resolveTarget(world, link.target);
    if (linked.length > 0) return of(asked, linked);
  }
  const found = await resolveTarget(world, asked);
  return found.length > 0 ? of(asked, found) : undefined;
}

async function resolveTarget(world: ShellWorld, name: string): Promise<ShellHost[]> {
  if (name.toLowerCase().endsWith('.local')) return world.byRoutingDomain(name);
  const container = await world.byContainerName(name);
  if (container) return [container];
  const byHostname = await world.byHostname(name);
  if (byHostname.length > 0) return byHostname;
  return world.byService(name);
}

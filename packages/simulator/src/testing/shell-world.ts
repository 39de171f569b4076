import type { ShellHost, ShellSelf, ShellWorld } from '../terminal/world.ts';

/** A container of the test cluster; `service` is its `{app}_{service}` and `domains` its routing domains. */
export interface TestHost extends ShellHost {
  service: string;
  domains?: string[];
}

export const NOW = Date.parse('2026-12-02T02:00:00Z');

export function makeSelf(overrides: Partial<ShellSelf> = {}): ShellSelf {
  return {
    id: 'c1dfcd77ec5acf3f'.padEnd(64, '0'),
    name: 'crosshost_cross-host-network-test1_1',
    hostname: 'crosshost_cross-host-network-test1_1',
    image: 'busybox:latest',
    containerIp: '172.19.0.9',
    nodeIp: '47.88.84.114',
    running: true,
    environment: { TERM: 'xterm' },
    command: "sh -c 'ifconfig eth0; sleep 100000'",
    links: [],
    prefixLength: 24,
    startedAt: '2026-12-02T01:00:00Z',
    ...overrides,
  };
}

export function makeHost(overrides: Partial<TestHost> & { name: string }): TestHost {
  return {
    id: `${overrides.name}-id`,
    hostname: overrides.name,
    image: 'busybox:latest',
    containerIp: '172.19.1.10',
    nodeIp: '47.88.85.59',
    running: true,
    service: overrides.name.replace(/_\d+$/, ''),
    ...overrides,
  };
}

/** An in-memory cluster for the simulated shell: lookups answer as the BFF's do, from a list. */
export function makeShellWorld(self: ShellSelf, peers: readonly TestHost[], now = NOW): ShellWorld {
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  return {
    self,
    now: () => now,
    byAddress: async (ip) => peers.find((p) => p.containerIp === ip),
    byContainerName: async (name) => peers.find((p) => same(p.name, name)),
    byHostname: async (hostname) => peers.filter((p) => same(p.hostname, hostname)),
    byService: async (service) => peers.filter((p) => same(p.service, service)),
    byRoutingDomain: async (domain) => peers.filter((p) => p.domains?.some((d) => same(d, domain))),
  };
}

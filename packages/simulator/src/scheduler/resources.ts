import type { Affinity } from '@cs/domain';
import { serviceKey } from './expressions.ts';
import { portKey } from './state.ts';
import type { NodeLoad } from './state.ts';
import type { HostPort, PlacementRules } from './types.ts';

/** A single CPU core is 100 cpu_shares (the guide's "Restrict container resources"). */
export const CPU_SHARES_PER_CORE = 100;

/** What bounds how many containers of a request fit on one node. */
export type RoomKind = 'hostPorts' | 'hostNetwork' | 'oneEach' | 'cpu' | 'memory' | 'addresses';

/** One bound: its rule (as failure results name it) and how many more containers a node takes. */
export interface RoomLimit {
  kind: RoomKind;
  rule: string;
  room(load: NodeLoad): number;
}

/** cpu_shares a node has not reserved. */
export function freeCpuShares(load: NodeLoad): number {
  return load.cpuCapacity - load.cpuShares;
}

/** mem_limit bytes a node has not reserved. */
export function freeMemoryBytes(load: NodeLoad): number {
  return load.memoryCapacity - load.memoryBytes;
}

/** Container-network addresses a node has left. */
export function freeAddresses(load: NodeLoad): number {
  return load.addressCapacity - load.addresses;
}

/** The request's host ports already held on the node. */
export function portsInUse(load: NodeLoad, ports: readonly HostPort[]): HostPort[] {
  return ports.filter((p) => load.ports.has(portKey(p)));
}

/** The larger of the node's CPU and memory reservation ratios after `added` more containers of the rules. */
export function reservationRatio(load: NodeLoad, rules: PlacementRules, added: number): number {
  const cpu = load.cpuCapacity > 0 ? (load.cpuShares + added * (rules.cpuShares ?? 0)) / load.cpuCapacity : 0;
  const memory =
    load.memoryCapacity > 0 ? (load.memoryBytes + added * (rules.memoryBytes ?? 0)) / load.memoryCapacity : 0;
  return Math.max(cpu, memory);
}

function fits(free: number, each: number): number {
  return free <= 0 ? 0 : Math.floor(free / each + 1e-9);
}

/**
 * The bounds that apply to the rules, in the order failures name them: host ports, host network,
 * a hard anti-affinity with itself (one per node), cpu_shares, mem_limit, container addresses.
 */
export function roomLimits(rules: PlacementRules, antiItself: Affinity | undefined): RoomLimit[] {
  const limits: RoomLimit[] = [];
  const key = serviceKey(rules.application, rules.service);
  const hostMode = rules.networkMode === 'host';
  if (rules.hostPorts.length > 0) {
    const rule = `host port ${rules.hostPorts.map(portKey).join(', ')}`;
    limits.push({ kind: 'hostPorts', rule, room: (l) => (portsInUse(l, rules.hostPorts).length > 0 ? 0 : 1) });
  }
  if (hostMode)
    limits.push({ kind: 'hostNetwork', rule: 'network_mode host', room: (l) => (l.hostModeServices.has(key) ? 0 : 1) });
  if (antiItself) limits.push({ kind: 'oneEach', rule: antiItself.expression, room: () => 1 });
  const cpu = rules.cpuShares ?? 0;
  if (cpu > 0) limits.push({ kind: 'cpu', rule: 'cpu_shares', room: (l) => fits(freeCpuShares(l), cpu) });
  const memory = rules.memoryBytes ?? 0;
  if (memory > 0) limits.push({ kind: 'memory', rule: 'mem_limit', room: (l) => fits(freeMemoryBytes(l), memory) });
  if (!hostMode)
    limits.push({ kind: 'addresses', rule: 'container addresses', room: (l) => Math.max(0, freeAddresses(l)) });
  return limits;
}

/** How many more containers of the request the node takes: the tightest of the limits. */
export function roomOn(load: NodeLoad, limits: readonly RoomLimit[]): number {
  let room = Infinity;
  for (const limit of limits) room = Math.min(room, limit.room(load));
  return room;
}

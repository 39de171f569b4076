import { serviceKey } from './expressions.ts';
import { append } from './maps.ts';
import { freeAddresses, freeCpuShares, freeMemoryBytes, portsInUse } from './resources.ts';
import type { RoomLimit } from './resources.ts';
import { portKey } from './state.ts';
import type { NodeLoad, PlacementState } from './state.ts';
import type { PlacementRules } from './types.ts';
import { counted, formatBytes, leftBy, listed, listedNodes, nodeName, verb } from './wording.ts';

/** What explaining a shortage needs: the eligible nodes, the limits, how many containers were asked for. */
export interface Shortage {
  state: PlacementState;
  rules: PlacementRules;
  limits: readonly RoomLimit[];
  loads: readonly NodeLoad[];
  count: number;
  /** Earlier rules that narrowed the nodes, named after the list. */
  narrowing: readonly string[];
}

function total(loads: readonly NodeLoad[], limits: readonly RoomLimit[], count: number): number {
  let sum = 0;
  for (const load of loads) sum += Math.min(count, ...limits.map((l) => l.room(load)));
  return sum;
}

/** "node1 has 20 of 400 free, node2 0 of 200": nodes with most free first, bounded. */
function freeList(
  loads: readonly NodeLoad[],
  free: (l: NodeLoad) => number,
  of: (l: NodeLoad) => number,
  show: (n: number) => string,
): string {
  const sorted = [...loads].sort((a, b) => free(b) - free(a) || (a.node?.index ?? 0) - (b.node?.index ?? 0));
  const parts = sorted.map(
    (l, i) =>
      `${nodeName(l)}${i === 0 ? ' has' : ''} ${show(Math.max(0, free(l)))} of ${show(of(l))}${i === 0 ? ' free' : ''}`,
  );
  return listed(parts);
}

/** The services holding a port on the given nodes: "service web", "services web, db". */
function holders(state: PlacementState, loads: readonly NodeLoad[], key: string): string {
  const names = new Set<string>();
  for (const load of loads)
    for (const id of load.ports.get(key) ?? []) {
      const service = state.container(id)?.service;
      if (service) names.add(service);
    }
  return `${verb(names.size, 'service', 'services')} ${listed([...names], 3)}`;
}

/** "<subject> allows one container per node: 5 containers need 5 nodes; 3 are free: node1, node2, node3". */
function onePerNode(subject: string, count: number, free: readonly NodeLoad[]): string {
  const room =
    free.length > 0 ? `${free.length} ${verb(free.length, 'is', 'are')} free: ${listedNodes(free)}` : 'none is free';
  return `${subject}: ${counted(count, 'container')} need ${counted(count, 'node')}; ${room}`;
}

function hostPortMessage(s: Shortage): { rule: string; message: string } {
  const ports = s.rules.hostPorts;
  const blocked = new Map<string, NodeLoad[]>();
  for (const load of s.loads) {
    const first = portsInUse(load, ports)[0];
    if (first) append(blocked, portKey(first), load);
  }
  const inUse = [...blocked].map(
    ([key, loads]) => `${key} is in use on ${listedNodes(loads)} (${holders(s.state, loads, key)})`,
  );
  const rule = `host port ${[...blocked.keys()][0] ?? ports.map(portKey)[0] ?? ''}`;
  const free = s.loads.filter((l) => portsInUse(l, ports).length === 0);
  if (free.length === 0) return { rule, message: `Host port ${inUse.join('; ')}${leftBy(s.narrowing)}.` };
  const subject = `Host ${verb(ports.length, 'port', 'ports')} ${ports.map(portKey).join(', ')} ${verb(ports.length, 'allows', 'allow')} one container per node`;
  const taken = inUse.length > 0 ? `; ${inUse.join('; ')}` : '';
  return { rule, message: `${onePerNode(subject, s.count, free)}${taken}${leftBy(s.narrowing)}.` };
}

function limitMessage(limit: RoomLimit, s: Shortage): { rule: string; message: string } {
  const { rules, loads, count } = s;
  const what = counted(count, 'container');
  const after = leftBy(s.narrowing);
  switch (limit.kind) {
    case 'hostPorts':
      return hostPortMessage(s);
    case 'hostNetwork': {
      const key = serviceKey(rules.application, rules.service);
      const free = loads.filter((l) => !l.hostModeServices.has(key));
      const taken = loads.filter((l) => l.hostModeServices.has(key));
      const runs = taken.length > 0 ? `; ${listedNodes(taken)} already ${verb(taken.length, 'runs', 'run')} one` : '';
      const subject = `network_mode host allows one container of ${rules.service} per node`;
      return { rule: limit.rule, message: `${onePerNode(subject, count, free)}${runs}${after}.` };
    }
    case 'oneEach':
      return {
        rule: limit.rule,
        message: `${onePerNode(`${limit.rule} allows one container of ${rules.service} per node`, count, loads)}${after}.`,
      };
    case 'cpu': {
      const list = freeList(loads, freeCpuShares, (l) => l.cpuCapacity, String);
      return {
        rule: limit.rule,
        message: `Not enough CPU for ${what} of cpu_shares ${rules.cpuShares ?? 0}: ${list}${after}.`,
      };
    }
    case 'memory': {
      const list = freeList(loads, freeMemoryBytes, (l) => l.memoryCapacity, formatBytes);
      return {
        rule: limit.rule,
        message: `Not enough memory for ${what} of mem_limit ${rules.memoryBytes ?? 0} (${formatBytes(rules.memoryBytes ?? 0)}): ${list}${after}.`,
      };
    }
    case 'addresses': {
      const list = freeList(loads, freeAddresses, (l) => l.addressCapacity, String);
      return { rule: limit.rule, message: `Not enough container addresses for ${what}: ${list}${after}.` };
    }
  }
}

/** The one message for too little room: the first limit that leaves fewer than `count`, or the combination that does. */
export function explainShortage(s: Shortage): { rule: string; message: string } {
  const k = s.limits.findIndex((_, i) => total(s.loads, s.limits.slice(0, i + 1), s.count) < s.count);
  const failing = s.limits[k];
  if (!failing) return { rule: 'capacity', message: `Not enough room for ${counted(s.count, 'container')}.` };
  if (total(s.loads, [failing], s.count) < s.count) return limitMessage(failing, s);
  const prefix = s.limits.slice(0, k + 1);
  const needed = prefix.filter(
    (l, j) =>
      j === k ||
      total(
        s.loads,
        prefix.filter((_, i) => i !== j),
        s.count,
      ) >= s.count,
  );
  const fit = total(s.loads, prefix, s.count);
  const rule = (needed.length > 1 ? needed : prefix).map((l) => l.rule).join(' and ');
  const rooms = s.loads
    .map((l) => ({ l, room: Math.min(...prefix.map((p) => p.room(l))) }))
    .filter((r) => r.room > 0)
    .map((r) => `${nodeName(r.l)} for ${r.room}`);
  const where = rooms.length > 0 ? `: ${listed(rooms)}` : '';
  return {
    rule,
    message: `${rule} together leave room for ${fit} of ${counted(s.count, 'container')}${where}${leftBy(s.narrowing)}.`,
  };
}

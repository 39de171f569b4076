import type { Random } from '../../random.ts';
import { placeContainers } from '../place.ts';
import type { PlacementState } from '../state.ts';
import type { PlacedContainer, PlacementRequest, PlacementResult, SchedulableNode } from '../types.ts';
import { GIB, makeNode, makeRequest } from './cluster.ts';

export const ZONES = ['cn-hangzhou-b', 'cn-hangzhou-d', 'cn-hangzhou-e'] as const;
const MIB = 1024 ** 2;

/** `count` nodes over three zones, tagged `group` (0-9) and `tier` (ssd on every fourth), mostly 4-core 8 GiB. */
export function mixedNodes(count: number): SchedulableNode[] {
  return Array.from({ length: count }, (_, i) =>
    makeNode(i + 1, {
      zone: ZONES[i % ZONES.length],
      tags: { group: String(i % 10), tier: i % 4 === 0 ? 'ssd' : 'hdd' },
      ...(i % 5 === 0 ? { cpuShares: 200, memoryBytes: 4 * GIB } : {}),
    }),
  );
}

function image(s: number): string {
  if (s % 7 === 0) return 'registry.aliyuncs.com/acs-sample/redis:3.0';
  return s % 7 === 1 ? 'memcached:1.4' : `nginx:1.${s}`;
}

function indexes(from: number, to: number): string {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i).join(' ');
}

/** Service `s`'s expressions and reservations: ten kinds, each a mix of the guide's rules. */
function rulesOf(s: number): { expressions: string[]; overrides: Partial<PlacementRequest> } {
  switch (s % 10) {
    case 0:
      return { expressions: [], overrides: { cpuShares: 10 } };
    case 1:
      return { expressions: [`constraint:aliyun.node_index==(${indexes(1 + s, 150 + s)})`], overrides: {} };
    case 2:
      return { expressions: [`constraint:group==${s % 3}`], overrides: { memoryBytes: 256 * MIB } };
    case 3:
      return { expressions: ['constraint:tier!=ssd', `affinity:service!=~svc${s - 1}`], overrides: {} };
    case 4:
      return { expressions: [`affinity:service==svc${s - 4}`], overrides: {} };
    case 5:
      return { expressions: ['affinity:image==~redis', 'constraint:group==~1'], overrides: {} };
    case 6:
      return { expressions: [], overrides: { cpuShares: 20, availability: { zones: 2, hard: true } } };
    case 7:
      return {
        expressions: [`constraint:aliyun.node_index!=(${indexes(1, 50)})`],
        overrides: { availability: { zones: 3, hard: false } },
      };
    case 8:
      return {
        expressions: ['affinity:image!=memcached'],
        overrides: { hostPorts: [{ protocol: 'tcp', port: 8000 + s }] },
      };
    default:
      return {
        expressions: [`affinity:service!=svc${s - 1}`, 'constraint:group!=~0'],
        overrides: { memoryBytes: 128 * MIB },
      };
  }
}

/** `services` services of `perService` containers each with mixed rules, or with `plain` none (same reservations and ports). */
export function mixedRequests(services: number, perService: number, plain = false): PlacementRequest[] {
  return Array.from({ length: services }, (_, s) => {
    const { expressions, overrides } = rulesOf(s);
    const { availability, ...resources } = overrides;
    const request = makeRequest(plain ? [] : expressions, {
      service: `svc${s}`,
      image: image(s),
      count: perService,
      ...resources,
    });
    return plain || !availability ? request : { ...request, availability };
  });
}

/** Places each request in turn and records what it created, as the deploy engine does. */
export function deployAll(
  state: PlacementState,
  requests: readonly PlacementRequest[],
  random: Random,
  check?: (request: PlacementRequest, result: PlacementResult) => void,
): PlacedContainer[] {
  const created: PlacedContainer[] = [];
  requests.forEach((request, r) => {
    const result = placeContainers(state, request, random);
    check?.(request, result);
    if (!result.ok) throw new Error(`${request.service}: ${result.message}`);
    result.nodeIds.forEach((nodeId, i) => {
      const container: PlacedContainer = {
        id: `r${r}-${i}`,
        nodeId,
        application: request.application,
        service: request.service,
        image: request.image,
        cpuShares: request.cpuShares ?? 0,
        memoryBytes: request.memoryBytes ?? 0,
        hostPorts: request.hostPorts,
      };
      state.add(container);
      created.push(container);
    });
  });
  return created;
}

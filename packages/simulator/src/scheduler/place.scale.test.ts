import { describe, expect, it } from 'vitest';
import { seededRandom } from '../random.ts';
import { PlacementState } from './state.ts';
import { deployAll, mixedNodes, mixedRequests } from './testing/mixed-cluster.ts';
import type { PlacedContainer, PlacementRequest, PlacementResult } from './types.ts';

/** The last path segment without its tag: all the matching the scenario's affinity:image values need. */
function imageName(image: string): string {
  return (image.split('/').pop() ?? image).split(':')[0] ?? image;
}

describe('10,000 containers of 100 services with mixed rules on 1,000 nodes', () => {
  const nodes = mixedNodes(1000);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const onNode = new Map<string, PlacedContainer[]>();
  const broken: string[] = [];
  let checked = 0;

  /** Checks every hard rule of one result against the containers placed before it, independently of the scheduler. */
  function check(request: PlacementRequest, result: PlacementResult): void {
    if (!result.ok) return;
    const fail = (what: string): void => {
      broken.push(`${request.service}: ${what}`);
    };
    const runs = (nodeId: string, kind: 'service' | 'image', value: string) =>
      (onNode.get(nodeId) ?? []).some((c) =>
        kind === 'service'
          ? c.application === request.application && c.service === value
          : imageName(c.image) === value,
      );
    for (const nodeId of result.nodeIds) {
      checked++;
      const node = byId.get(nodeId);
      if (!node) {
        fail(`unknown node ${nodeId}`);
        continue;
      }
      for (const c of request.constraints.filter((x) => x.hard)) {
        const value = c.key === 'aliyun.node_index' ? String(node.index) : node.tags[c.key];
        const listed = value !== undefined && c.values.includes(value);
        if (listed !== (c.operator === '==')) fail(`${c.expression} on ${node.name}`);
      }
      for (const a of request.affinities.filter((x) => x.hard))
        if (runs(nodeId, a.kind, a.value) !== (a.operator === '==')) fail(`${a.expression} on ${node.name}`);
      for (const port of request.hostPorts)
        if (
          (onNode.get(nodeId) ?? []).some((c) =>
            c.hostPorts.some((p) => p.port === port.port && p.protocol === port.protocol),
          )
        )
          fail(`host port ${port.port} on ${node.name}`);
    }
    if (request.hostPorts.length > 0 && new Set(result.nodeIds).size !== result.nodeIds.length)
      fail('two containers share a host port');
    if (request.availability?.hard) {
      const zones = new Set(result.nodeIds.map((id) => byId.get(id)?.zone));
      if (zones.size < Math.min(request.availability.zones, result.nodeIds.length)) fail(`covers ${zones.size} zones`);
    }
    result.nodeIds.forEach((nodeId, i) => {
      const container = {
        ...request,
        id: `${request.service}-${i}`,
        nodeId,
        cpuShares: request.cpuShares ?? 0,
        memoryBytes: request.memoryBytes ?? 0,
      };
      onNode.set(nodeId, [...(onNode.get(nodeId) ?? []), container]);
    });
  }

  const state = new PlacementState(nodes);
  const created = deployAll(state, mixedRequests(100, 100), seededRandom('scale'), check);

  it('places all of them and every hard rule holds', () => {
    expect(created).toHaveLength(10_000);
    expect(checked).toBe(10_000);
    expect(broken).toEqual([]);
  });

  it('no node is over its CPU, memory or address capacity', () => {
    const over = nodes.filter((node) => {
      const here = onNode.get(node.id) ?? [];
      const cpu = here.reduce((sum, c) => sum + c.cpuShares, 0);
      const memory = here.reduce((sum, c) => sum + c.memoryBytes, 0);
      return cpu > node.cpuShares || memory > node.memoryBytes || here.length > node.addressCapacity;
    });
    expect(over.map((n) => n.name)).toEqual([]);
    expect(state.size).toBe(10_000);
  });

  it('spreads: every node gets containers, none more than four times the average', () => {
    const busiest = Math.max(...nodes.map((n) => onNode.get(n.id)?.length ?? 0));
    expect(busiest).toBeLessThanOrEqual(40);
    expect(onNode.size).toBe(1000);
  });
});

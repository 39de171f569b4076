import { describe, expect, it } from 'vitest';
import { makeContainer, makeNode, makeNodes, makeRequest } from './testing/cluster.ts';
import { placeFailing } from './testing/failures.ts';
import type { FailureCase } from './testing/failures.ts';

const tcp80 = [{ protocol: 'tcp' as const, port: 80 }];

const cases: Record<string, FailureCase> = {
  'not enough CPU': {
    nodes: [makeNode(1), makeNode(2, { cpuShares: 200 })],
    placed: [
      makeContainer({ nodeId: 'n1', service: 'db', cpuShares: 380 }),
      makeContainer({ nodeId: 'n2', service: 'db', cpuShares: 200 }),
    ],
    request: makeRequest([], { count: 3, cpuShares: 50 }),
    rule: 'cpu_shares',
    message: 'Not enough CPU for 3 containers of cpu_shares 50: node1 has 20 of 400 free, node2 0 of 200.',
  },
  'not enough CPU on the nodes a constraint leaves': {
    nodes: makeNodes(2, (i) => (i === 1 ? { tags: { group: '1' } } : {})),
    placed: [makeContainer({ nodeId: 'n1', service: 'db', cpuShares: 400 })],
    request: makeRequest(['constraint:group==1'], { count: 2, cpuShares: 50 }),
    rule: 'cpu_shares',
    message:
      'Not enough CPU for 2 containers of cpu_shares 50: node1 has 0 of 400 free (the nodes left by constraint:group==1).',
  },
  'CPU and memory that fit alone but not together': {
    nodes: [makeNode(1, { cpuShares: 200 }), makeNode(2, { memoryBytes: 2 * 1024 ** 3 })],
    request: makeRequest([], { count: 7, cpuShares: 50, memoryBytes: 1024 ** 3 }),
    rule: 'cpu_shares and mem_limit',
    message: 'cpu_shares and mem_limit together leave room for 6 of 7 containers: node1 for 4, node2 for 2.',
  },
  'a host port in use everywhere': {
    nodes: makeNodes(2),
    placed: [makeContainer({ nodeId: 'n1', hostPorts: tcp80 }), makeContainer({ nodeId: 'n2', hostPorts: tcp80 })],
    request: makeRequest([], { service: 'api', hostPorts: tcp80 }),
    rule: 'host port tcp/80',
    message: 'Host port tcp/80 is in use on node1, node2 (service web).',
  },
  'a host port free on too few nodes': {
    nodes: makeNodes(2),
    placed: [makeContainer({ nodeId: 'n1', hostPorts: tcp80 })],
    request: makeRequest([], { service: 'api', count: 3, hostPorts: tcp80 }),
    rule: 'host port tcp/80',
    message:
      'Host port tcp/80 allows one container per node: 3 containers need 3 nodes; 1 is free: node2; tcp/80 is in use on node1 (service web).',
  },
  'network_mode host on too few nodes': {
    nodes: makeNodes(3),
    placed: [makeContainer({ nodeId: 'n3', networkMode: 'host' })],
    request: makeRequest([], { count: 3, networkMode: 'host' }),
    rule: 'network_mode host',
    message:
      'network_mode host allows one container of web per node: 3 containers need 3 nodes; 2 are free: node1, node2; node3 already runs one.',
  },
  'a hard anti-affinity with itself on too few nodes': {
    nodes: makeNodes(2),
    request: makeRequest(['affinity:service!=web'], { count: 3 }),
    rule: 'affinity:service!=web',
    message:
      'affinity:service!=web allows one container of web per node: 3 containers need 3 nodes; 2 are free: node1, node2.',
  },
};

describe('failure messages for room: the first limit that leaves too little, or the combination', () => {
  it.each(Object.entries(cases))('%s', (_, failure) => {
    expect(placeFailing(failure)).toEqual({ ok: false, rule: failure.rule, message: failure.message });
  });
});

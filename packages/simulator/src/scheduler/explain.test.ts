import { describe, expect, it } from 'vitest';
import { seededRandom } from '../random.ts';
import { placeContainers } from './place.ts';
import { makeContainer, makeNode, makeNodes, makeRequest, makeState } from './testing/cluster.ts';
import { placeFailing } from './testing/failures.ts';
import type { FailureCase } from './testing/failures.ts';

const master = (nodeId: string) => makeContainer({ nodeId, service: 'master' });
const zoned = (...zones: string[]) => zones.map((zone, i) => makeNode(i + 1, { zone }));

const cases: Record<string, FailureCase> = {
  'node_index== names the nodes there are': {
    nodes: makeNodes(3),
    request: makeRequest(['constraint:aliyun.node_index==5']),
    rule: 'constraint:aliyun.node_index==5',
    message: 'constraint:aliyun.node_index==5 matches no node: the cluster has node1, node2, node3.',
  },
  'node_index==( ) with no such nodes': {
    nodes: makeNodes(3),
    request: makeRequest(['constraint:aliyun.node_index==(4 5)']),
    rule: 'constraint:aliyun.node_index==(4 5)',
    message: 'constraint:aliyun.node_index==(4 5) matches no node: the cluster has node1, node2, node3.',
  },
  'node_index!= excluding the only node': {
    nodes: makeNodes(1),
    request: makeRequest(['constraint:aliyun.node_index!=1']),
    rule: 'constraint:aliyun.node_index!=1',
    message: 'constraint:aliyun.node_index!=1 excludes every node: the cluster has node1.',
  },
  'node_index!=( ) excluding all nodes': {
    nodes: makeNodes(3),
    request: makeRequest(['constraint:aliyun.node_index!=(1 2 3)']),
    rule: 'constraint:aliyun.node_index!=(1 2 3)',
    message: 'constraint:aliyun.node_index!=(1 2 3) excludes every node: the cluster has node1, node2, node3.',
  },
  'a user tag no node has': {
    nodes: makeNodes(2),
    request: makeRequest(['constraint:group==1']),
    rule: 'constraint:group==1',
    message: 'constraint:group==1 matches no node: no node has the user tag group.',
  },
  'a user tag with other values': {
    nodes: makeNodes(3, (i) => (i < 3 ? { tags: { group: String(i + 1) } } : {})),
    request: makeRequest(['constraint:group==1']),
    rule: 'constraint:group==1',
    message: 'constraint:group==1 matches no node: node1 has group:2, node2 has group:3.',
  },
  'a user tag != every node has': {
    nodes: makeNodes(2, () => ({ tags: { group: '1' } })),
    request: makeRequest(['constraint:group!=1']),
    rule: 'constraint:group!=1',
    message: 'constraint:group!=1 excludes every node: the cluster has node1, node2.',
  },
  'affinity:service!= where every node runs it': {
    nodes: makeNodes(2),
    placed: [master('n1'), master('n2')],
    request: makeRequest(['affinity:service!=master']),
    rule: 'affinity:service!=master',
    message: 'affinity:service!=master excludes node1, node2: they run master.',
  },
  'affinity:service== where no node runs it': {
    nodes: makeNodes(2),
    request: makeRequest(['affinity:service==master']),
    rule: 'affinity:service==master',
    message: 'affinity:service==master matches no node: no node runs master.',
  },
  'affinity:image== where no node runs it': {
    nodes: makeNodes(2),
    request: makeRequest(['affinity:image==redis']),
    rule: 'affinity:image==redis',
    message: 'affinity:image==redis matches no node: no node runs image redis.',
  },
  'affinity:image!= on a one-node cluster': {
    nodes: makeNodes(1),
    placed: [makeContainer({ service: 'cache', image: 'registry.aliyuncs.com/acs-sample/redis:3.0' })],
    request: makeRequest(['affinity:image!=redis']),
    rule: 'affinity:image!=redis',
    message: 'affinity:image!=redis excludes node1: it runs image redis.',
  },
  'an Offline node': {
    nodes: [makeNode(1, { schedulable: false, phase: 'Offline' })],
    request: makeRequest(),
    rule: 'available nodes',
    message: 'No node is available: node1 is Offline.',
  },
  'a single node left, that an affinity does not match': {
    nodes: makeNodes(2),
    placed: [master('n2')],
    request: makeRequest(['constraint:aliyun.node_index==1', 'affinity:service==master']),
    rule: 'affinity:service==master',
    message:
      'constraint:aliyun.node_index==1 and affinity:service==master together leave no node: constraint:aliyun.node_index==1 leaves node1, and affinity:service==master does not match it: it does not run master.',
  },
  'a node that is not schedulable though Normal': {
    nodes: [makeNode(1, { schedulable: false })],
    request: makeRequest(),
    rule: 'available nodes',
    message: 'No node is available: node1 is not schedulable.',
  },
  'a Removing node and an excluded one': {
    nodes: [makeNode(1, { schedulable: false, phase: 'Removing' }), makeNode(2)],
    request: makeRequest([], { excludeNodes: ['n2'] }),
    rule: 'available nodes',
    message: 'No node is available: node1 is Removing; node2 is excluded.',
  },
  'no nodes at all': {
    nodes: [],
    request: makeRequest(),
    rule: 'available nodes',
    message: 'No node is available: the cluster has no nodes.',
  },
  'a constraint that matches only an Offline node': {
    nodes: [makeNode(1), makeNode(2, { schedulable: false, phase: 'Offline' }), makeNode(3)],
    request: makeRequest(['constraint:aliyun.node_index==2']),
    rule: 'constraint:aliyun.node_index==2',
    message: 'constraint:aliyun.node_index==2 matches no node: the cluster has node1, node3 (node2 is Offline).',
  },
  'a constraint and an anti-affinity that pass alone but not together': {
    nodes: makeNodes(3, (i) => (i < 3 ? { tags: { group: '1' } } : {})),
    placed: [master('n1'), master('n2')],
    request: makeRequest(['constraint:group==1', 'affinity:service!=master']),
    rule: 'affinity:service!=master',
    message:
      'constraint:group==1 and affinity:service!=master together leave no node: constraint:group==1 leaves node1, node2, and affinity:service!=master excludes them: they run master.',
  },
  'a constraint and an affinity that pass alone but not together': {
    nodes: makeNodes(3),
    placed: [master('n3')],
    request: makeRequest(['constraint:aliyun.node_index==(1 2)', 'affinity:service==master']),
    rule: 'affinity:service==master',
    message:
      'constraint:aliyun.node_index==(1 2) and affinity:service==master together leave no node: constraint:aliyun.node_index==(1 2) leaves node1, node2, and affinity:service==master matches none of them: they do not run master.',
  },
  'the first rule that leaves no node is the one named': {
    nodes: makeNodes(3),
    request: makeRequest([
      'constraint:aliyun.node_index!=1',
      'constraint:aliyun.node_index==9',
      'affinity:service==master',
    ]),
    rule: 'constraint:aliyun.node_index==9',
    message: 'constraint:aliyun.node_index==9 matches no node: the cluster has node1, node2, node3.',
  },
  'az==3 in a cluster of two zones': {
    nodes: zoned('cn-hangzhou-b', 'cn-hangzhou-d'),
    request: makeRequest([], { count: 3, availability: { zones: 3, hard: true } }),
    rule: 'availability:az==3',
    message: 'availability:az==3 needs 3 zones; cluster has 2: cn-hangzhou-b, cn-hangzhou-d.',
  },
  'az==3 where a constraint leaves two zones': {
    nodes: zoned('cn-hangzhou-b', 'cn-hangzhou-d', 'cn-hangzhou-e'),
    request: makeRequest(['constraint:aliyun.node_index!=3'], { count: 3, availability: { zones: 3, hard: true } }),
    rule: 'availability:az==3',
    message:
      'availability:az==3 needs 3 zones; the nodes left by constraint:aliyun.node_index!=3 span 2: cn-hangzhou-b, cn-hangzhou-d.',
  },
  'az==3 where one zone is full': {
    nodes: zoned('cn-hangzhou-b', 'cn-hangzhou-d', 'cn-hangzhou-e'),
    placed: [makeContainer({ nodeId: 'n3', service: 'db', cpuShares: 400 })],
    request: makeRequest([], { count: 3, cpuShares: 100, availability: { zones: 3, hard: true } }),
    rule: 'availability:az==3',
    message:
      'availability:az==3 needs 3 zones; only cn-hangzhou-b, cn-hangzhou-d have room for the service (the eligible nodes of cn-hangzhou-e are full).',
  },
};

describe('failure messages: one message naming the rule and what it excluded', () => {
  it.each(Object.entries(cases))('%s', (_, failure) => {
    expect(placeFailing(failure)).toEqual({ ok: false, rule: failure.rule, message: failure.message });
  });
});

describe('messages stay bounded on a 2,000-node cluster', () => {
  const nodes = makeNodes(2000);

  it.each([
    [
      [],
      makeRequest(['constraint:aliyun.node_index==9999']),
      'the cluster has node1, node2, node3, node4, node5 and 1995 more.',
    ],
    [
      nodes.map((n) => master(n.id)),
      makeRequest(['affinity:service!=master']),
      'excludes node1, node2, node3, node4, node5 and 1995 more: they run master.',
    ],
    [
      nodes.map((n) => makeContainer({ nodeId: n.id, service: 'db', cpuShares: 400 })),
      makeRequest([], { cpuShares: 50 }),
      'node1 has 0 of 400 free, node2 0 of 400, node3 0 of 400, node4 0 of 400, node5 0 of 400 and 1995 more.',
    ],
  ])('%#', (placed, request, ending) => {
    const result = placeContainers(makeState(nodes, placed), request, seededRandom(1));
    expect(result.ok).toBe(false);
    const message = result.ok ? '' : result.message;
    expect(message.endsWith(ending)).toBe(true);
    expect(message.length).toBeLessThan(200);
  });
});

import type { Affinity, Constraint, Operator } from '@cs/domain';
import { PlacementState } from '../state.ts';
import type { PlacedContainer, PlacementRequest, SchedulableNode } from '../types.ts';

export const GIB = 1024 ** 3;

/** A Normal 4-core, 8 GiB node `node<index>` (id `n<index>`) in cn-hangzhou-b. */
export function makeNode(index: number, overrides: Partial<SchedulableNode> = {}): SchedulableNode {
  return {
    id: `n${index}`,
    name: `node${index}`,
    index,
    zone: 'cn-hangzhou-b',
    tags: {},
    cpuShares: 400,
    memoryBytes: 8 * GIB,
    schedulable: true,
    phase: 'Normal',
    addressCapacity: 254,
    ...overrides,
  };
}

/** Nodes 1..count, each shaped by `shape(index)`. */
export function makeNodes(
  count: number,
  shape: (index: number) => Partial<SchedulableNode> = () => ({}),
): SchedulableNode[] {
  return Array.from({ length: count }, (_, i) => makeNode(i + 1, shape(i + 1)));
}

let sequence = 0;

/** A container of app/web (nginx, no reservations) on n1 unless told otherwise. */
export function makeContainer(overrides: Partial<PlacedContainer> = {}): PlacedContainer {
  sequence++;
  return {
    id: `c${sequence}`,
    nodeId: 'n1',
    application: 'app',
    service: 'web',
    image: 'nginx:latest',
    cpuShares: 0,
    memoryBytes: 0,
    hostPorts: [],
    ...overrides,
  };
}

function operatorOf(text: string): { left: string; operator: Operator; right: string } {
  const match = /^(.+?)(==~|!=~|==|!=)(.+)$/.exec(text);
  if (!match) throw new Error(`Not an expression: ${text}`);
  return { left: match[1] ?? '', operator: match[2] as Operator, right: match[3] ?? '' };
}

/** `constraint:aliyun.node_index==(1 2 3)` as the compose engine reads it. */
export function constraint(expression: string): Constraint {
  const { left, operator, right } = operatorOf(expression.replace(/^constraint:/, ''));
  const values = right.startsWith('(') ? right.slice(1, -1).trim().split(/\s+/) : [right];
  return { key: left, operator, values, hard: !operator.endsWith('~'), expression };
}

/** `affinity:service!=master` as the compose engine reads it. */
export function affinity(expression: string): Affinity {
  const { left, operator, right } = operatorOf(expression.replace(/^affinity:/, ''));
  return { kind: left as Affinity['kind'], operator, value: right, hard: !operator.endsWith('~'), expression };
}

/** A request for `count` containers of app/web (nginx) with the given expressions and overrides. */
export function makeRequest(
  expressions: readonly string[] = [],
  overrides: Partial<PlacementRequest> = {},
): PlacementRequest {
  return {
    application: 'app',
    service: 'web',
    image: 'nginx:latest',
    count: 1,
    global: false,
    hostPorts: [],
    constraints: expressions.filter((e) => e.startsWith('constraint:')).map(constraint),
    affinities: expressions.filter((e) => e.startsWith('affinity:')).map(affinity),
    ...overrides,
  };
}

/** A state over the nodes with the containers placed. */
export function makeState(nodes: readonly SchedulableNode[], placed: readonly PlacedContainer[] = []): PlacementState {
  return new PlacementState(nodes, placed);
}

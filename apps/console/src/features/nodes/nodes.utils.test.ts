import { describe, expect, it } from 'vitest';
import { makeCluster, makeNode } from '../../testing/factories.ts';
import {
  clusterNodesProblem,
  nodeConfiguration,
  nodeOperationProblem,
  nodePhaseLook,
  tagKeysOf,
  userTagLabels,
} from './nodes.utils.ts';

describe('nodeConfiguration', () => {
  it('writes CPU and memory as the guide does', () => {
    expect(nodeConfiguration(makeNode())).toBe('CPU: 1 core(s) Memory: 2 GB');
    expect(nodeConfiguration(makeNode({ status: { cpu: 1, memoryGiB: 1.95412 } }))).toBe(
      'CPU: 1 core(s) Memory: 1.954 GB',
    );
  });
});

describe('nodeOperationProblem', () => {
  it('lets a Normal node be removed and reset', () => {
    expect(nodeOperationProblem(makeNode(), 'remove')).toBeUndefined();
    expect(nodeOperationProblem(makeNode(), 'reset')).toBeUndefined();
  });

  it('refuses a node that is already being removed or reset', () => {
    expect(nodeOperationProblem(makeNode({ status: { phase: 'Removing' } }), 'reset')).toBe(
      'The node is being removed.',
    );
    expect(nodeOperationProblem(makeNode({ status: { phase: 'Resetting' } }), 'remove')).toBe(
      'The node is being reset.',
    );
  });

  it('does not reset a node that is still joining', () => {
    expect(nodeOperationProblem(makeNode({ status: { phase: 'Initial' } }), 'reset')).toBeDefined();
  });
});

describe('user tags', () => {
  it('labels tags key:value in key order', () => {
    expect(userTagLabels({ zone: 'b', group: '1' })).toEqual(['group:1', 'zone:b']);
  });

  it('lists the keys of the selected nodes once', () => {
    const nodes = [
      makeNode({ spec: { tags: { group: '1' } } }),
      makeNode({ spec: { tags: { group: '2', env: 'prod' } } }),
    ];
    expect(tagKeysOf(nodes)).toEqual(['env', 'group']);
  });

  it('spins while a node is busy', () => {
    expect(nodePhaseLook('Removing').busy).toBe(true);
    expect(nodePhaseLook('Normal').busy).toBe(false);
  });
});

describe('clusterNodesProblem', () => {
  it('lets a Running cluster change its nodes, not a Scaling one', () => {
    expect(clusterNodesProblem(makeCluster())).toBeUndefined();
    expect(clusterNodesProblem(makeCluster({ status: { phase: 'Scaling' } }))).toMatch(/; it is Scaling\.$/);
  });
});

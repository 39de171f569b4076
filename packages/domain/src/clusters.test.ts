import { describe, expect, it } from 'vitest';
import { CLUSTER_FULL, clusterActionProblem, isValidClusterName, nodeRoomProblem } from './clusters.ts';

describe('isValidClusterName', () => {
  it.each(['a', 'routing-test-online', '集群-1', 'A'.repeat(64)])('accepts %j', (name) => {
    expect(isValidClusterName(name)).toBe(true);
  });
  it.each(['', 'A'.repeat(65), 'has space', 'under_score', 'dot.name', 'emoji😀'])('rejects %j', (name) => {
    expect(isValidClusterName(name)).toBe(false);
  });
});

describe('clusterActionProblem', () => {
  it('allows deleting a Running cluster', () => {
    expect(clusterActionProblem('Running', 'delete')).toBeUndefined();
  });
  it('refuses deleting a cluster still Initial, naming the phase', () => {
    expect(clusterActionProblem('Initial', 'delete')).toMatch(/^The cluster is Initial;/);
  });
});

describe('nodeRoomProblem', () => {
  it('lets a cluster grow to 20 nodes', () => {
    expect(nodeRoomProblem(2, 18)).toBeUndefined();
  });
  it('says how many more fit', () => {
    expect(nodeRoomProblem(2, 19)).toBe(
      'A cluster can contain up to 20 nodes; this one has 2, so at most 18 more can be added.',
    );
  });
  it('says a cluster of 20 nodes is full', () => {
    expect(nodeRoomProblem(20, 1)).toBe('A cluster can contain up to 20 nodes; this one is full.');
    expect(CLUSTER_FULL).toBe('A cluster can contain up to 20 nodes; this one is full.');
  });
});

import { describe, expect, it } from 'vitest';
import {
  DEFAULT_QUOTAS,
  clusterActionProblem,
  clusterFullMessage,
  clusterSizeMessage,
  isValidClusterName,
  nodeRoom,
  nodeRoomProblem,
  quotaMessage,
} from './clusters.ts';

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
  const { nodesPerCluster } = DEFAULT_QUOTAS;
  it("lets a cluster grow to the guide's 20 nodes", () => {
    expect(nodeRoomProblem(2, 18, nodesPerCluster)).toBeUndefined();
  });
  it('says how many more fit', () => {
    expect(nodeRoomProblem(2, 19, nodesPerCluster)).toBe(
      'A cluster can contain up to 20 nodes; this one has 2, so at most 18 more can be added.',
    );
  });
  it('says a cluster of 20 nodes is full', () => {
    expect(nodeRoomProblem(20, 1, nodesPerCluster)).toBe('A cluster can contain up to 20 nodes; this one is full.');
    expect(clusterFullMessage(nodesPerCluster)).toBe('A cluster can contain up to 20 nodes; this one is full.');
  });
  it('counts with a configured quota', () => {
    expect(nodeRoom(20, 500)).toBe(480);
    expect(nodeRoomProblem(20, 480, 500)).toBeUndefined();
    expect(nodeRoomProblem(20, 481, 500)).toBe(
      'A cluster can contain up to 500 nodes; this one has 20, so at most 480 more can be added.',
    );
    expect(nodeRoomProblem(500, 1, 500)).toBe('A cluster can contain up to 500 nodes; this one is full.');
  });
});

describe('quota messages', () => {
  it("keep the guide's words and numbers by default", () => {
    expect(quotaMessage(DEFAULT_QUOTAS)).toBe(
      'You can create up to 5 clusters and can add up to 20 nodes in each cluster.',
    );
    expect(clusterSizeMessage(DEFAULT_QUOTAS.nodesPerCluster)).toBe('Each cluster can contain up to 20 ECS instances.');
  });
  it('say the configured numbers', () => {
    expect(quotaMessage({ clusters: 50, nodesPerCluster: 500 })).toBe(
      'You can create up to 50 clusters and can add up to 500 nodes in each cluster.',
    );
    expect(clusterSizeMessage(500)).toBe('Each cluster can contain up to 500 ECS instances.');
  });
});

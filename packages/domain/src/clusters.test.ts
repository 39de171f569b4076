import { describe, expect, it } from 'vitest';
import { clusterActionProblem, isValidClusterName } from './clusters.ts';

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

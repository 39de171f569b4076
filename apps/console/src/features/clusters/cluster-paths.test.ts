import { describe, expect, it } from 'vitest';
import { clusterDetailPath, clusterNodesPath, clusterSection } from './cluster-paths.ts';

describe('cluster paths', () => {
  it('keeps the section in the URL, Basic Information without one', () => {
    expect(clusterDetailPath('c1')).toBe('/clusters/c1');
    expect(clusterDetailPath('c1', 'user-tags')).toBe('/clusters/c1?tab=user-tags');
  });

  it('reads the section back, ignoring unknown ones', () => {
    expect(clusterSection('events')).toBe('events');
    expect(clusterSection('nope')).toBe('basic');
    expect(clusterSection(null)).toBe('basic');
  });

  it('selects the cluster on the Nodes page', () => {
    expect(clusterNodesPath('c1')).toBe('/nodes?clusterId=c1');
  });
});

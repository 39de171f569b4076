import { describe, expect, it } from 'vitest';
import { CLUSTER_PHASES } from '@cs/domain';
import { clusterPhaseBreakdown } from './overview.utils.ts';

describe('clusterPhaseBreakdown', () => {
  it('lists non-zero phases, healthy first and failures last', () => {
    expect(clusterPhaseBreakdown({ Failed: 1, Inactive: 2, Running: 3, Initial: 0, Scaling: 1 })).toEqual([
      { phase: 'Running', count: 3, tone: 'success' },
      { phase: 'Scaling', count: 1, tone: 'processing' },
      { phase: 'Inactive', count: 2, tone: 'default' },
      { phase: 'Failed', count: 1, tone: 'error' },
    ]);
  });

  it('hides deleted clusters, as the guide says they are invisible', () => {
    expect(clusterPhaseBreakdown({ Deleted: 4 })).toEqual([]);
  });

  it('places every visible phase', () => {
    const all = Object.fromEntries(CLUSTER_PHASES.map((p) => [p, 1]));
    expect(clusterPhaseBreakdown(all).map((p) => p.phase)).toHaveLength(CLUSTER_PHASES.length - 1);
  });

  it('is empty when there are no clusters', () => {
    expect(clusterPhaseBreakdown({})).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import type { ApplicationSummary } from '@cs/contracts';
import type { WorkloadPhase } from '@cs/domain';
import { followedState, operationOutcome, readFollowed } from './operation-outcome.utils.ts';
import type { Followed } from './operation-outcome.utils.ts';

const followed = (operation: Followed['operation']): Followed => ({
  id: 'a1',
  name: 'nginx',
  operation,
  resourceVersion: 5,
});

function app(phase: WorkloadPhase, resourceVersion = 6, reason: string | null = null): ApplicationSummary {
  return {
    metadata: { id: 'a1', name: 'nginx', generation: 2, resourceVersion, createdAt: '', updatedAt: '' },
    spec: {
      clusterId: 'c1',
      description: '',
      version: '1.1',
      updateMethod: 'standard',
      release: null,
      pullImage: false,
      category: 'online',
      operation: { kind: 'stop' },
    },
    status: {
      phase,
      phaseSince: '',
      observedGeneration: 2,
      conditions: [],
      reason,
      containerCounts: { ready: 0, stopped: 1, other: 0 },
      releaseStatus: null,
    },
  };
}

describe('operationOutcome', () => {
  it('waits while the operation runs, and ignores answers older than the one it started with', () => {
    expect(operationOutcome(followed('stop'), app('Stopping'))).toBeUndefined();
    expect(operationOutcome(followed('stop'), app('Ready', 4))).toBeUndefined();
  });

  it('says how it ended', () => {
    expect(operationOutcome(followed('stop'), app('Stopped'))).toEqual({
      type: 'success',
      text: 'Application nginx is stopped.',
    });
    expect(operationOutcome(followed('update'), app('Ready'))?.text).toBe(
      'Application nginx is updated to version 1.1.',
    );
    expect(operationOutcome(followed('redeploy'), app('Failed', 7, 'No node has port 80 free.'))).toEqual({
      type: 'error',
      text: 'Redeploying application nginx failed: No node has port 80 free.',
    });
  });

  it('counts a deleted application gone from the list as done', () => {
    expect(operationOutcome(followed('delete'), undefined)).toEqual({
      type: 'success',
      text: 'Application nginx is deleted.',
    });
    expect(operationOutcome(followed('delete'), app('Deleting'))).toBeUndefined();
    expect(operationOutcome(followed('stop'), undefined)).toBeNull();
  });
});

describe('followed operations handed over by a navigation', () => {
  it('reads back what was handed over, and nothing else', () => {
    const handed = followed('deploy');
    expect(readFollowed(followedState(handed))).toEqual(handed);
    expect(readFollowed(null)).toBeUndefined();
    expect(readFollowed({ followed: { id: 1 } })).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import type { ApplicationSummary } from '@cs/contracts';
import type { WorkloadPhase } from '@cs/domain';
import { applicationActionProblem, stopOrActivate } from './applications.utils.ts';

function app(
  phase: WorkloadPhase,
  operation: ApplicationSummary['spec']['operation'] = { kind: 'deploy' },
  category: ApplicationSummary['spec']['category'] = 'online',
): ApplicationSummary {
  return {
    metadata: { id: 'a1', name: 'nginx', generation: 1, resourceVersion: 1, createdAt: '', updatedAt: '' },
    spec: {
      clusterId: 'c1',
      description: '',
      version: '1.0',
      updateMethod: 'standard',
      release: null,
      pullImage: false,
      category,
      operation,
    },
    status: {
      phase,
      phaseSince: '',
      observedGeneration: 1,
      conditions: [],
      reason: null,
      containerCounts: { ready: 1, stopped: 0, other: 0 },
      releaseStatus: null,
    },
  };
}

describe('stopOrActivate', () => {
  it('offers Stop while running and Activate once stopped', () => {
    expect(stopOrActivate(app('Ready'))).toBe('stop');
    expect(stopOrActivate(app('Stopped', { kind: 'stop' }))).toBe('start');
    expect(stopOrActivate(app('Failed', { kind: 'stop' }))).toBe('start');
    expect(stopOrActivate(app('Failed', { kind: 'deploy' }))).toBe('stop');
  });
});

describe('applicationActionProblem', () => {
  it('allows operations on a settled application', () => {
    expect(applicationActionProblem(app('Ready'), 'update')).toBeUndefined();
    expect(applicationActionProblem(app('Failed'), 'redeploy')).toBeUndefined();
  });

  it('says to wait while an operation runs, but allows Delete', () => {
    expect(applicationActionProblem(app('Updating'), 'stop')).toBe(
      'Application nginx is Updating; wait until it is Ready, Stopped or Failed before you stop it.',
    );
    expect(applicationActionProblem(app('Deploying'), 'delete')).toBeUndefined();
    expect(applicationActionProblem(app('Deleting'), 'delete')).toMatch(/is Deleting/);
  });

  it('keeps system applications to Redeploy', () => {
    const system = app('Ready', { kind: 'deploy' }, 'system');
    expect(applicationActionProblem(system, 'delete')).toMatch(/Upgrade System Service/);
    expect(applicationActionProblem(system, 'redeploy')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import type { ApplicationDto } from '@cs/contracts';
import { ApiError } from '@cs/contracts';
import { describeUpdateFailure, initialUpdateValues, toUpdateRequest, versionChanged } from './update.utils.ts';

const application: ApplicationDto = {
  metadata: { id: 'a1', name: 'nginx', generation: 1, resourceVersion: 7, createdAt: '', updatedAt: '' },
  spec: {
    clusterId: 'c1',
    description: 'web',
    version: '1.0',
    updateMethod: 'standard',
    release: null,
    pullImage: false,
    category: 'online',
    operation: { kind: 'deploy' },
    template: 'web:\n  image: nginx\n',
    variables: {},
  },
  status: {
    phase: 'Ready',
    phaseSince: '',
    observedGeneration: 1,
    conditions: [],
    reason: null,
    containerCounts: { ready: 1, stopped: 0, other: 0 },
    releaseStatus: null,
  },
};

describe('Update', () => {
  it('needs a new version before OK', () => {
    expect(versionChanged(application, '1.0')).toBe(false);
    expect(versionChanged(application, ' 1.0 ')).toBe(false);
    expect(versionChanged(application, '')).toBe(false);
    expect(versionChanged(application, '1.1')).toBe(true);
  });

  it('sends the change based on the version loaded', () => {
    const values = { ...initialUpdateValues(application), version: '1.1', reschedule: true };
    expect(toUpdateRequest(values, 'web:\n  image: nginx:1.11\n', { A: 'b' }, application)).toEqual({
      version: '1.1',
      description: 'web',
      template: 'web:\n  image: nginx:1.11\n',
      variables: { A: 'b' },
      reschedule: true,
      pullImage: false,
      updateMethod: 'standard',
      resourceVersion: 7,
    });
  });

  it('sends a blue-green release without Reschedule, which only a standard release has', () => {
    const values = {
      ...initialUpdateValues(application),
      version: '2.0',
      reschedule: true,
      updateMethod: 'blue-green' as const,
    };
    expect(toUpdateRequest(values, 'web-v2:\n  image: nginx:2\n', {}, application)).toMatchObject({
      updateMethod: 'blue-green',
      reschedule: false,
    });
  });

  it('tells a stale update from a refused field', () => {
    const stale = new ApiError(
      409,
      '/problems/conflict',
      'The application was changed by someone else. Reload and try again.',
    );
    expect(describeUpdateFailure(stale)).toMatchObject({ stale: true });
    const busy = new ApiError(409, '/problems/conflict', 'Application nginx is Updating; wait until it is Ready.');
    expect(describeUpdateFailure(busy)).toMatchObject({ stale: false, message: busy.message });
    const version = new ApiError(400, '/problems/invalid-input', 'Invalid input.', [
      { field: 'version', message: 'Change the version.' },
    ]);
    expect(describeUpdateFailure(version)).toMatchObject({
      fields: [{ name: ['version'], errors: ['Change the version.'] }],
      message: undefined,
    });
  });
});

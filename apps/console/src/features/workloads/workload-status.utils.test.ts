import { describe, expect, it } from 'vitest';
import { CONTAINER_STATES, WORKLOAD_PHASES } from '@cs/domain';
import { containerStateDetail, containerStateLook, workloadPhaseLook } from './workload-status.utils.ts';

describe('workloadPhaseLook', () => {
  it('is green when Ready, red when Failed, grey when Stopped', () => {
    expect(workloadPhaseLook('Ready')).toEqual({ color: 'success', busy: false });
    expect(workloadPhaseLook('Failed')).toEqual({ color: 'error', busy: false });
    expect(workloadPhaseLook('Stopped')).toEqual({ color: 'default', busy: false });
  });

  it('spins exactly while an operation runs', () => {
    const settled = ['Ready', 'Stopped', 'Failed'];
    for (const phase of WORKLOAD_PHASES) expect(workloadPhaseLook(phase).busy).toBe(!settled.includes(phase));
  });
});

describe('containerStateLook and containerStateDetail', () => {
  it('has a look for every container state', () => {
    for (const state of CONTAINER_STATES) expect(containerStateLook(state)).toBeDefined();
    expect(containerStateLook('running').color).toBe('success');
  });

  it('explains a lost container, and prefers the reason the API gives', () => {
    expect(containerStateDetail('lost', null)).toMatch(/node .* is down/);
    expect(containerStateDetail('failed', 'Pull image nginx:latest failed.')).toBe('Pull image nginx:latest failed.');
    expect(containerStateDetail('running', null)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { jobPhaseLook, retriesText } from './job-status.utils.ts';

describe('job status words', () => {
  it('colours the guide’s statuses: Running busy, Finished green, Failed red', () => {
    expect(jobPhaseLook('Running')).toEqual({ color: 'processing', busy: true });
    expect(jobPhaseLook('Finished').color).toBe('success');
    expect(jobPhaseLook('Failed').color).toBe('error');
    expect(jobPhaseLook('Waiting').color).toBe('default');
  });

  it('counts retries from executions', () => {
    expect([0, 1, 2, 4].map(retriesText)).toEqual(['0 retries', '0 retries', '1 retry', '3 retries']);
  });
});

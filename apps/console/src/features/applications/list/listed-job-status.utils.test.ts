import { describe, expect, it } from 'vitest';
import type { JobRunStatusDto } from '@cs/contracts';
import { listedJobStatus } from './listed-job-status.utils.ts';

const job = (phase: JobRunStatusDto['phase'], run: number): JobRunStatusDto => ({
  phase,
  run,
  startedAt: null,
  finishedAt: null,
  tasks: {},
});
const schedule = { expression: '0-59/30 * * * *', timeZone: 'Asia/Shanghai' };

describe('listedJobStatus', () => {
  it("shows an offline job's run as the engine reports it", () => {
    expect(listedJobStatus(job('Finished', 2), null)).toEqual({ phase: 'Finished', detail: 'Job run 2' });
    expect(listedJobStatus(job('Failed', 1), undefined)).toEqual({ phase: 'Failed', detail: 'Job run 1' });
  });

  it('shows a timing task Waiting before its first run and between runs, with the last outcome', () => {
    expect(listedJobStatus(job('Waiting', 0), schedule)).toEqual({ phase: 'Waiting', detail: 'Not run yet' });
    expect(listedJobStatus(job('Finished', 3), schedule)).toEqual({
      phase: 'Waiting',
      detail: 'Last run 3: Finished',
    });
    expect(listedJobStatus(job('Failed', 4), schedule)).toEqual({ phase: 'Waiting', detail: 'Last run 4: Failed' });
  });

  it('shows a timing task Running during a run', () => {
    expect(listedJobStatus(job('Running', 2), schedule)).toEqual({ phase: 'Running', detail: 'Job run 2' });
  });
});

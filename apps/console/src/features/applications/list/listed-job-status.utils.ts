import type { ApplicationSummary, JobRunStatusDto } from '@cs/contracts';
import type { JobPhase } from '@cs/domain';

/**
 * What the Application List's Status column says of a job. A timing task between runs is in the
 * guide's "wait" state until its next due time; the last run's outcome stays beside it (ADR 025).
 */
export function listedJobStatus(
  job: JobRunStatusDto,
  schedule: ApplicationSummary['spec']['schedule'],
): { phase: JobPhase; detail: string } {
  if (!schedule) return { phase: job.phase, detail: `Job run ${job.run}` };
  if (job.run === 0) return { phase: 'Waiting', detail: 'Not run yet' };
  if (job.phase === 'Finished' || job.phase === 'Failed')
    return { phase: 'Waiting', detail: `Last run ${job.run}: ${job.phase}` };
  return { phase: job.phase, detail: `Job run ${job.run}` };
}

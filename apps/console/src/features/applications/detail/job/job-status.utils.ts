import type { BatchContainerPhase, JobPhase, TaskPhase } from '@cs/domain';
import type { StatusLook } from '../../../workloads/workload-status.utils.ts';

const LOOKS: Record<JobPhase | TaskPhase | BatchContainerPhase, StatusLook> = {
  Waiting: { color: 'default', busy: false },
  Running: { color: 'processing', busy: true },
  Finished: { color: 'success', busy: false },
  Failed: { color: 'error', busy: false },
};

/** How a job's, a task's or a batch container's status word looks. */
export function jobPhaseLook(phase: JobPhase | TaskPhase | BatchContainerPhase): StatusLook {
  return LOOKS[phase];
}

/** "Retry 2 of 3" style words for a container's executions: how many were retries. */
export function retriesText(attempts: number): string {
  const retries = Math.max(0, attempts - 1);
  return retries === 1 ? '1 retry' : `${retries} retries`;
}

import type { BatchContainerPhase, JobPhase, TaskPhase } from '@cs/domain';
import { StatusTag } from '../../../workloads/StatusTag.tsx';
import { jobPhaseLook } from './job-status.utils.ts';

/** A job's, task's or batch container's status, in the guide's words (Running, Finished, Failed). */
export function JobPhaseTag({
  phase,
  detail,
}: {
  phase: JobPhase | TaskPhase | BatchContainerPhase;
  detail?: string | null;
}) {
  return <StatusTag label={phase} look={jobPhaseLook(phase)} detail={detail} />;
}

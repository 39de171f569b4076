import type { WorkloadPhase } from '@cs/domain';
import { StatusTag } from './StatusTag.tsx';
import { workloadPhaseLook } from './workload-status.utils.ts';

interface WorkloadPhaseTagProps {
  phase: WorkloadPhase;
  /** Why it failed (status.reason); shown on hover. */
  reason?: string | null;
}

/** The Status column of the Application and Service Lists: "Ready", "Stopped", "Failed" (with why)… */
export function WorkloadPhaseTag({ phase, reason }: WorkloadPhaseTagProps) {
  return <StatusTag label={phase} look={workloadPhaseLook(phase)} detail={reason} />;
}

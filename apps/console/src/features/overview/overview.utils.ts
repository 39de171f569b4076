import type { ClusterPhase } from '@cs/domain';
import type { Overview } from '@cs/contracts';

export type PhaseTone = 'success' | 'processing' | 'default' | 'error';

export interface PhaseCount {
  phase: ClusterPhase;
  count: number;
  tone: PhaseTone;
}

/**
 * The order the Overview lists cluster phases in: healthy first, then work in progress, then
 * clusters waiting for nodes, then failures. "Deleted" is invisible to users (guide, cluster lifecycle).
 */
const PHASE_DISPLAY: readonly { phase: ClusterPhase; tone: PhaseTone }[] = [
  { phase: 'Running', tone: 'success' },
  { phase: 'Initial', tone: 'processing' },
  { phase: 'Scaling', tone: 'processing' },
  { phase: 'Updating', tone: 'processing' },
  { phase: 'Deleting', tone: 'processing' },
  { phase: 'Inactive', tone: 'default' },
  { phase: 'Failed', tone: 'error' },
  { phase: 'DeleteFailed', tone: 'error' },
];

/** The non-zero cluster counts by phase, in display order. */
export function clusterPhaseBreakdown(byPhase: Overview['clusters']['byPhase']): PhaseCount[] {
  return PHASE_DISPLAY.flatMap(({ phase, tone }) => {
    const count = byPhase[phase] ?? 0;
    return count > 0 ? [{ phase, count, tone }] : [];
  });
}

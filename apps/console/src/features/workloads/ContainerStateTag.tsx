import type { ContainerState } from '@cs/domain';
import { StatusTag } from './StatusTag.tsx';
import { containerStateDetail, containerStateLook } from './workload-status.utils.ts';

interface ContainerStateTagProps {
  state: ContainerState;
  reason?: string | null;
}

/** A container's Status: "running", "exited", "lost"…, with why on hover. */
export function ContainerStateTag({ state, reason = null }: ContainerStateTagProps) {
  return <StatusTag label={state} look={containerStateLook(state)} detail={containerStateDetail(state, reason)} />;
}

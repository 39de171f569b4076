import type { ContainerState, HealthState, WorkloadPhase } from '@cs/domain';

/** How a status tag looks: one of antd's status colours, spinning while the resource is busy. */
export interface StatusLook {
  color: 'success' | 'processing' | 'default' | 'warning' | 'error';
  busy: boolean;
}

const settled = (color: StatusLook['color']): StatusLook => ({ color, busy: false });
const busy = (color: StatusLook['color'] = 'processing'): StatusLook => ({ color, busy: true });

const WORKLOAD_LOOKS: Record<WorkloadPhase, StatusLook> = {
  Deploying: busy(),
  Ready: settled('success'),
  Updating: busy(),
  Redeploying: busy(),
  Stopping: busy(),
  Stopped: settled('default'),
  Starting: busy(),
  Restarting: busy(),
  Rescheduling: busy(),
  Deleting: busy('warning'),
  Failed: settled('error'),
};

/** The Status tag of an application or a service. */
export function workloadPhaseLook(phase: WorkloadPhase): StatusLook {
  return WORKLOAD_LOOKS[phase];
}

const CONTAINER_LOOKS: Record<ContainerState, StatusLook> = {
  pulling: busy(),
  created: settled('default'),
  running: settled('success'),
  restarting: busy('warning'),
  exited: settled('default'),
  removing: busy('warning'),
  failed: settled('error'),
  lost: settled('warning'),
};

/** The Status tag of a container (Docker's words, plus pulling, failed and lost). */
export function containerStateLook(state: ContainerState): StatusLook {
  return CONTAINER_LOOKS[state];
}

/** What a container's state means when the word alone does not say it. */
export function containerStateDetail(state: ContainerState, reason: string | null): string | undefined {
  if (reason) return reason;
  if (state === 'lost') return 'The node of this container is down: nothing is known of it until the node is back.';
  if (state === 'pulling') return 'The image is being pulled.';
  return undefined;
}

const HEALTH_LOOKS: Record<HealthState, StatusLook> = {
  Initial: settled('processing'),
  Normal: settled('success'),
  Unhealthy: settled('error'),
};

/** The Health Check tag: Initial until the first probe, then Normal or Unhealthy. */
export function healthLook(health: HealthState): StatusLook {
  return HEALTH_LOOKS[health];
}

import type { FaultCreateRequest } from '@cs/contracts';
import { imageReference } from './simulation.utils.ts';

/** The faults the panel arms. */
export type PanelFault = 'pull' | 'probe' | 'crash' | 'exit';

/** Each fault's name, what it does to the simulated cloud, and what its count counts. */
export const PANEL_FAULTS: Record<PanelFault, { title: string; effect: string; counts: string }> = {
  pull: {
    title: 'Image pull failure',
    effect:
      'The next pulls of the image fail: new containers of it end failed with the message, and a deploy, redeploy or reschedule that needs them fails.',
    counts: 'Pulls that fail',
  },
  probe: {
    title: 'Probe failure',
    effect:
      'The health checks (aliyun.probe.*) of the service’s containers fail: their Health Check turns Unhealthy and they no longer count as Ready.',
    counts: 'Probes that fail',
  },
  crash: {
    title: 'Container crash',
    effect:
      'The service’s containers exit with an error: the restart policy restarts them, and Container Status counts them as not Ready meanwhile.',
    counts: 'Crashes',
  },
  exit: {
    title: 'Task exits with an error',
    effect:
      'The next containers of the offline job’s task to finish exit with code 1: each is retried up to aliyun.retry_count times, then it and its task fail.',
    counts: 'Container runs that fail',
  },
};

/** The form's fields: an image reference (pull) or a service ID ('' for every service). */
export interface FaultFormValues {
  target: string;
  count: number;
  message: string;
}

const SERVICE_STEPS = { probe: 'Probe', crash: 'Crash', exit: 'Exit' } as const;

/** The request that arms a panel fault from its form. */
export function faultRequest(fault: PanelFault, values: FaultFormValues): FaultCreateRequest {
  const common = { count: values.count, message: values.message.trim() };
  if (fault === 'pull') {
    return { ...common, targetKind: 'image', targetId: imageReference(values.target), step: 'Pull' };
  }
  return {
    ...common,
    targetKind: 'service',
    targetId: values.target || null,
    step: SERVICE_STEPS[fault],
  };
}

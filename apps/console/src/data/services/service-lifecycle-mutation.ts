import type { ServiceDto } from '@cs/contracts';
import { api } from '../api.ts';
import { useInvalidatingMutation } from '../invalidating-mutation.ts';
import { STALE_AFTER_WORKLOAD_CHANGE } from './stale-after-workload-change.ts';

/** Stop, Activate (start) or Restart: what the Service List does to a service's containers. */
export type ServiceLifecycleAction = 'stop' | 'start' | 'restart';

export interface ServiceLifecycleVars {
  id: string;
  action: ServiceLifecycleAction;
}

/** Starts the operation; the service goes Stopping, Starting or Restarting (409 while another runs). */
export function changeServiceState({ id, action }: ServiceLifecycleVars): Promise<ServiceDto> {
  if (action === 'stop') return api.stopService(id);
  if (action === 'start') return api.startService(id);
  return api.restartService(id);
}

export function useServiceLifecycleMutation() {
  return useInvalidatingMutation(changeServiceState, STALE_AFTER_WORKLOAD_CHANGE);
}

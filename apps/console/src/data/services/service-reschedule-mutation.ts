import type { RescheduleRequest, ServiceDto } from '@cs/contracts';
import { api } from '../api.ts';
import { useInvalidatingMutation } from '../invalidating-mutation.ts';
import { STALE_AFTER_WORKLOAD_CHANGE } from './stale-after-workload-change.ts';

export interface RescheduleServiceVars {
  id: string;
  body: RescheduleRequest;
}

/** Reschedule: moves containers from busy nodes to new or idle ones; the service goes Rescheduling. */
export function rescheduleService({ id, body }: RescheduleServiceVars): Promise<ServiceDto> {
  return api.rescheduleService(id, body);
}

export function useServiceRescheduleMutation() {
  return useInvalidatingMutation(rescheduleService, STALE_AFTER_WORKLOAD_CHANGE);
}

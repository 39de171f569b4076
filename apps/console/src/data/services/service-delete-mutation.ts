import type { ServiceDto } from '@cs/contracts';
import { api } from '../api.ts';
import { useInvalidatingMutation } from '../invalidating-mutation.ts';
import { STALE_AFTER_WORKLOAD_CHANGE } from './stale-after-workload-change.ts';

/** Delete: the service and its containers are removed; it is Deleting until they are gone. */
export function deleteService(id: string): Promise<ServiceDto> {
  return api.deleteService(id);
}

export function useServiceDeleteMutation() {
  return useInvalidatingMutation(deleteService, STALE_AFTER_WORKLOAD_CHANGE);
}

import type { ServiceDto, ServiceUpdateRequest } from '@cs/contracts';
import { api } from '../api.ts';
import { useInvalidatingMutation } from '../invalidating-mutation.ts';
import { STALE_AFTER_WORKLOAD_CHANGE } from './stale-after-workload-change.ts';

export interface UpdateServiceVars {
  id: string;
  body: ServiceUpdateRequest;
}

/**
 * Update: changes one service's configuration (the services-panel form, written into the
 * application's template); refused (409) when `resourceVersion` is stale or an operation runs.
 */
export function updateService({ id, body }: UpdateServiceVars): Promise<ServiceDto> {
  return api.updateService(id, body);
}

export function useServiceUpdateMutation() {
  return useInvalidatingMutation(updateService, STALE_AFTER_WORKLOAD_CHANGE);
}

import type { FaultCreateRequest, FaultDto } from '@cs/contracts';
import { api } from '../api.ts';
import { useInvalidatingMutation } from '../invalidating-mutation.ts';
import { simulationKeys } from './keys.ts';

/** Arms a fault of the simulated cloud: an image's pulls fail, a service's probes fail or its containers crash. */
export function armFault(body: FaultCreateRequest): Promise<FaultDto> {
  return api.armFault(body);
}

export function useFaultArmMutation() {
  return useInvalidatingMutation(armFault, [simulationKeys.faults()]);
}

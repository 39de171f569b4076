import { api } from '../api.ts';
import { useInvalidatingMutation } from '../invalidating-mutation.ts';
import { simulationKeys } from './keys.ts';

/** Remove: the fault no longer fires. */
export async function disarmFault(id: string): Promise<void> {
  await api.disarmFault(id);
}

export function useFaultDisarmMutation() {
  return useInvalidatingMutation(disarmFault, [simulationKeys.faults()]);
}

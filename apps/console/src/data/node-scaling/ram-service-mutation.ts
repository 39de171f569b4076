import type { RamServiceDto } from '@cs/contracts';
import { api } from '../api.ts';
import { useInvalidatingMutation } from '../invalidating-mutation.ts';
import { nodeScalingKeys } from './keys.ts';

/** The simulation panel's switch of the account's RAM service. */
export function setRamService(vars: { activated: boolean }): Promise<RamServiceDto> {
  return api.setRamService(vars.activated);
}

export function useRamServiceMutation() {
  return useInvalidatingMutation(setRamService, [nodeScalingKeys.ramService()]);
}

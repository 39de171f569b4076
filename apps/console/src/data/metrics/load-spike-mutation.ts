import type { LoadSpikeDto, LoadSpikeRequest } from '@cs/contracts';
import { api } from '../api.ts';
import { useInvalidatingMutation } from '../invalidating-mutation.ts';
import { metricKeys } from './keys.ts';

/** Starts a load spike: the service's traffic is multiplied for some minutes, and its charts show it. */
export function startLoadSpike(body: LoadSpikeRequest): Promise<LoadSpikeDto> {
  return api.startLoadSpike(body);
}

export function useLoadSpikeMutation() {
  return useInvalidatingMutation(startLoadSpike, [metricKeys.loadSpikes(), metricKeys.all()]);
}

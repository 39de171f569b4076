import type { SetServiceWeightsRequest, SetServiceWeightsResult } from '@cs/contracts';
import { api } from '../api.ts';
import { useInvalidatingMutation } from '../invalidating-mutation.ts';
import { routeKeys } from './keys.ts';

export interface SetServiceWeightsVars {
  applicationId: string;
  body: SetServiceWeightsRequest;
}

/** Set Service Weight: new weights of some of the application's routed services. */
export function setServiceWeights({ applicationId, body }: SetServiceWeightsVars): Promise<SetServiceWeightsResult> {
  return api.setServiceWeights(applicationId, body);
}

/** The mutation of one application's weights: its Routes tab refetches before the dialog closes. */
export function useServiceWeightsMutation(applicationId: string) {
  return useInvalidatingMutation(setServiceWeights, [routeKeys.application(applicationId)]);
}

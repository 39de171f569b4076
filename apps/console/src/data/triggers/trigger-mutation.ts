import type { TriggerCreateRequest, TriggerCreatedDto } from '@cs/contracts';
import { api } from '../api.ts';
import { applicationKeys } from '../applications/keys.ts';
import { useInvalidatingMutation } from '../invalidating-mutation.ts';
import { triggerKeys } from './keys.ts';

export type TriggerVars =
  | { kind: 'create'; applicationId: string; request: TriggerCreateRequest }
  | { kind: 'delete'; applicationId: string; triggerId: string };

/** Create Trigger (its answer holds the secret, shown once) or Delete Trigger. */
export async function changeTrigger(vars: TriggerVars): Promise<TriggerCreatedDto | undefined> {
  if (vars.kind === 'create') return api.createTrigger(vars.applicationId, vars.request);
  await api.deleteTrigger(vars.applicationId, vars.triggerId);
  return undefined;
}

export function useTriggerMutation() {
  // The application's Events tab shows each trigger's creation and deletion.
  return useInvalidatingMutation(changeTrigger, [triggerKeys.all(), applicationKeys.all()]);
}

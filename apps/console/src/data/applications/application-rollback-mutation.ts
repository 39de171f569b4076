import type { ApplicationDto, ApplicationRollbackRequest } from '@cs/contracts';
import { api } from '../api.ts';
import { useInvalidatingMutation } from '../invalidating-mutation.ts';
import { applicationKeys } from './keys.ts';

export interface RollbackApplicationVars {
  id: string;
  body: ApplicationRollbackRequest;
}

/** Rolls an application back to an earlier version's template; it goes Updating. */
export function rollbackApplication({ id, body }: RollbackApplicationVars): Promise<ApplicationDto> {
  return api.rollbackApplication(id, body);
}

export function useApplicationRollbackMutation() {
  return useInvalidatingMutation(rollbackApplication, [applicationKeys.all()]);
}

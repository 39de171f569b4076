import type { ApplicationDto, ApplicationUpdateRequest } from '@cs/contracts';
import { api } from '../api.ts';
import { useInvalidatingMutation } from '../invalidating-mutation.ts';
import { applicationKeys } from './keys.ts';

export interface UpdateApplicationVars {
  id: string;
  /** A new version, the template and the resourceVersion the change was based on (stale: 409). */
  body: ApplicationUpdateRequest;
}

/** Update: changes the application's configuration; it goes Updating. */
export function updateApplication({ id, body }: UpdateApplicationVars): Promise<ApplicationDto> {
  return api.updateApplication(id, body);
}

export function useApplicationUpdateMutation() {
  return useInvalidatingMutation(updateApplication, [applicationKeys.all()]);
}

import type { ApplicationCreateRequest, ApplicationDto } from '@cs/contracts';
import { api } from '../api.ts';
import { useInvalidatingMutation } from '../invalidating-mutation.ts';
import { overviewKeys } from '../overview/keys.ts';
import { applicationKeys } from './keys.ts';

/** Creates an application from a template; it starts Deploying and the simulated cloud runs it. */
export function createApplication(body: ApplicationCreateRequest): Promise<ApplicationDto> {
  return api.createApplication(body);
}

export function useApplicationCreateMutation() {
  return useInvalidatingMutation(createApplication, [applicationKeys.lists(), overviewKeys.all()]);
}

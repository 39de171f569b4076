import type { ApplicationDto } from '@cs/contracts';
import { api } from '../api.ts';
import { useInvalidatingMutation } from '../invalidating-mutation.ts';
import { overviewKeys } from '../overview/keys.ts';
import { applicationKeys } from './keys.ts';

/** The operations of the Application List's Action column that take no settings. */
export type ApplicationOperation = 'stop' | 'start' | 'redeploy' | 'delete' | 'confirm-release' | 'rollback-release';

export interface ApplicationOperationVars {
  id: string;
  operation: ApplicationOperation;
}

const CALLS: Record<ApplicationOperation, (id: string) => Promise<ApplicationDto>> = {
  stop: (id) => api.stopApplication(id),
  start: (id) => api.startApplication(id),
  redeploy: (id) => api.redeployApplication(id),
  delete: (id) => api.deleteApplication(id),
  'confirm-release': (id) => api.confirmRelease(id),
  'rollback-release': (id) => api.rollbackRelease(id),
};

/** Stop, Activate, Redeploy, Delete, or the end of a blue-green release; the answer is the application in its new phase (409 while busy). */
export function runApplicationOperation({ id, operation }: ApplicationOperationVars): Promise<ApplicationDto> {
  return CALLS[operation](id);
}

export function useApplicationOperationMutation() {
  return useInvalidatingMutation(runApplicationOperation, [applicationKeys.all(), overviewKeys.all()]);
}

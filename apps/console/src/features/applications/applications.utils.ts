import type { ApplicationSummary } from '@cs/contracts';
import { workloadOperationProblem } from '@cs/domain';

/** What the Application List's Action column and the details page offer. */
export type ApplicationAction =
  'stop' | 'start' | 'update' | 'delete' | 'redeploy' | 'confirm-release' | 'rollback-release';

export const ACTION_LABELS: Record<ApplicationAction, string> = {
  stop: 'Stop',
  start: 'Activate',
  update: 'Update',
  delete: 'Delete',
  redeploy: 'Redeploy',
  'confirm-release': 'Confirm Release Completion',
  'rollback-release': 'Rollback',
};

/** The verb of each action in "wait until it is Ready … before you stop it". */
const ACTION_VERBS: Record<ApplicationAction, string> = {
  stop: 'stop',
  start: 'activate',
  update: 'update',
  delete: 'delete',
  redeploy: 'redeploy',
  'confirm-release': 'confirm the release of',
  'rollback-release': 'roll back',
};

const RELEASE_ACTIONS: readonly ApplicationAction[] = ['confirm-release', 'rollback-release'];

export const SYSTEM_APPLICATION_NOTE =
  'System applications come with the cluster: upgrade them with Clusters > More > Upgrade System Service.';

type Workload = Pick<ApplicationSummary, 'metadata' | 'spec' | 'status'>;

/** Stop for a running application, Activate for one that was stopped (also when stopping failed). */
export function stopOrActivate(app: Workload): 'stop' | 'start' {
  const { phase } = app.status;
  if (phase === 'Stopped' || phase === 'Starting') return 'start';
  return phase === 'Failed' && app.spec.operation.kind === 'stop' ? 'start' : 'stop';
}

/** Why an action cannot be taken now, in words the operator can act on; undefined when it can. */
export function applicationActionProblem(app: Workload, action: ApplicationAction): string | undefined {
  if (app.spec.category === 'system' && action !== 'redeploy') return SYSTEM_APPLICATION_NOTE;
  if (action === 'update' && app.spec.release)
    return 'A blue-green release is running: Confirm Release Completion or Rollback before you release another version.';
  if (RELEASE_ACTIONS.includes(action) && !app.spec.release) return 'No blue-green release is running.';
  return workloadOperationProblem(`Application ${app.metadata.name}`, app.status.phase, ACTION_VERBS[action]);
}

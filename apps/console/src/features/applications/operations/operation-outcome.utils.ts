import type { ApplicationSummary } from '@cs/contracts';
import { SETTLED_PHASES } from '@cs/domain';

/** An operation the console asked for, followed until the application settles. */
export type FollowedOperation =
  'deploy' | 'update' | 'rollback' | 'redeploy' | 'stop' | 'start' | 'delete' | 'confirm-release' | 'rollback-release';

export interface Followed {
  id: string;
  name: string;
  operation: FollowedOperation;
  /** The resourceVersion the API answered with: older data says nothing about this operation. */
  resourceVersion: number;
}

/** How a followed operation ended, for a message. */
export interface Outcome {
  type: 'success' | 'error';
  text: string;
}

const DONE: Record<Exclude<FollowedOperation, 'delete'>, (name: string, version: string) => string> = {
  deploy: (name) => `Application ${name} is deployed.`,
  update: (name, version) => `Application ${name} is updated to version ${version}.`,
  rollback: (name, version) => `Application ${name} is rolled back to version ${version}.`,
  redeploy: (name) => `Application ${name} is redeployed.`,
  stop: (name) => `Application ${name} is stopped.`,
  start: (name) => `Application ${name} is activated.`,
  'confirm-release': (name, version) => `The blue-green release of ${name} is complete: version ${version} runs alone.`,
  'rollback-release': (name, version) => `The blue-green release of ${name} is rolled back to version ${version}.`,
};

const FAILED: Record<FollowedOperation, string> = {
  deploy: 'Deploying',
  update: 'Updating',
  rollback: 'Rolling back',
  redeploy: 'Redeploying',
  stop: 'Stopping',
  start: 'Activating',
  delete: 'Deleting',
  'confirm-release': 'Confirming the release of',
  'rollback-release': 'Rolling back the release of',
};

/**
 * How a followed operation ended, seen in the application as last fetched (`undefined`: not in the
 * answer, so deleted). Answers undefined while it runs, null when there is nothing to say (the
 * application went away for another reason).
 */
export function operationOutcome(followed: Followed, app: ApplicationSummary | undefined): Outcome | null | undefined {
  const { name, operation } = followed;
  if (!app) return operation === 'delete' ? { type: 'success', text: `Application ${name} is deleted.` } : null;
  if (app.metadata.resourceVersion < followed.resourceVersion) return undefined;
  if (!SETTLED_PHASES.includes(app.status.phase)) return undefined;
  if (app.status.phase === 'Failed') {
    const reason = app.status.reason ? `: ${app.status.reason}` : '.';
    return { type: 'error', text: `${FAILED[operation]} application ${name} failed${reason}` };
  }
  if (operation === 'delete') return undefined;
  return { type: 'success', text: DONE[operation](name, app.spec.version) };
}

/** The navigation state that hands a followed operation to the page navigated to (Create → details). */
export function followedState(followed: Followed): { followed: Followed } {
  return { followed };
}

/** The followed operation a navigation handed over, if any. */
export function readFollowed(state: unknown): Followed | undefined {
  if (typeof state !== 'object' || state === null || !('followed' in state)) return undefined;
  const followed = (state as { followed: unknown }).followed;
  if (typeof followed !== 'object' || followed === null) return undefined;
  const { id, name, operation, resourceVersion } = followed as Record<string, unknown>;
  return typeof id === 'string' &&
    typeof name === 'string' &&
    typeof operation === 'string' &&
    typeof resourceVersion === 'number'
    ? (followed as Followed)
    : undefined;
}

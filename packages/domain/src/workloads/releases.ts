import type { WorkloadPhase } from './applications.ts';

/**
 * A blue-green release in progress (the guide's Release policy): the old version's services
 * (blue) keep running beside the new version's (green) until the operator confirms or rolls back;
 * services the release leaves as they were are "unchanged" (the guide's yellow label).
 */
export interface BlueGreenRelease {
  /** What Rollback restores. */
  previous: { version: string; template: string; variables: Record<string, string>; description: string };
  blue: string[];
  green: string[];
  unchanged: string[];
  startedAt: string;
}

export type ReleaseRole = 'blue' | 'green' | 'unchanged';

/** The guide's two statuses of a release: the new version not yet launched, then launched and waiting. */
export const RELEASE_IN_PROGRESS = 'Blue-green release in progress';
export const RELEASE_AWAITING_CONFIRMATION = 'Blue-green release awaiting confirmation';

/** The release status an application shows, or null when no release is running. */
export function releaseStatusText(phase: WorkloadPhase, release: BlueGreenRelease | null | undefined): string | null {
  if (!release) return null;
  return phase === 'Ready' ? RELEASE_AWAITING_CONFIRMATION : RELEASE_IN_PROGRESS;
}

/** Which side of the release a service is on, or null outside a release. */
export function releaseRoleOf(
  release: Pick<BlueGreenRelease, 'blue' | 'green' | 'unchanged'> | null | undefined,
  serviceName: string,
): ReleaseRole | null {
  if (!release) return null;
  if (release.blue.includes(serviceName)) return 'blue';
  if (release.green.includes(serviceName)) return 'green';
  return release.unchanged.includes(serviceName) ? 'unchanged' : null;
}

/** A service's share of its routes: 0–100, 100 unless the operator set another (Set Service Weight). */
export const DEFAULT_SERVICE_WEIGHT = 100;
export const MAX_SERVICE_WEIGHT = 100;
export const SERVICE_WEIGHT_RULE = `A service weight is a whole number from 0 to ${MAX_SERVICE_WEIGHT}.`;

/** The guide's warning: change one version's weight per step, or some requests fail. */
export const BOTH_WEIGHTS_WARNING =
  'Adjusting the weights of the new version and old version at the same time might result in the failure of some requests; therefore, you must adjust the weights in two steps and only adjust the weight of one version in each step.';

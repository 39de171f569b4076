import type { Condition, ResourceStatus } from '@cs/domain';

/** True when the status carries the condition with status True. */
export function hasCondition(status: ResourceStatus, type: string): boolean {
  return status.conditions.some((c) => c.type === type && c.status === 'True');
}

/** The status with one condition set (replacing one of the same type), stamped at `now`. */
export function withCondition<S extends ResourceStatus>(
  status: S,
  condition: Omit<Condition, 'lastTransitionTime'>,
  now: number,
): S {
  const stamped: Condition = { ...condition, lastTransitionTime: new Date(now).toISOString() };
  return { ...status, conditions: [...status.conditions.filter((c) => c.type !== condition.type), stamped] };
}

/** The latest moment the status moved: its phase change or its newest condition. */
export function lastTransitionAt(status: ResourceStatus): number {
  return Math.max(Date.parse(status.phaseSince), ...status.conditions.map((c) => Date.parse(c.lastTransitionTime)));
}

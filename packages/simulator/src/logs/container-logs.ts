import type { LogLine } from './log-line.ts';
import { logPlan } from './log-plan.ts';
import type { LogSubject } from './log-subject.ts';
import { tailOf } from './tail.ts';

export type { LogLine, LogStream } from './log-line.ts';
export type { LogSubject } from './log-subject.ts';
export { logSubjectOf } from './log-subject.ts';

/** The most lines one call gives; a larger `limit` is clamped to it. */
export const MAX_LOG_LINES = 10_000;

/**
 * A container's log lines with from <= time < to, the LAST `limit` of them (tail), in time order.
 * Nothing is stored: the lines are derived from the container's id, image and lifecycle
 * timestamps, the same for the same subject and window, and a window split in two gives the
 * same lines as the whole. `to` should be no later than the simulated now: a running container's
 * lines go on to whatever `to` is.
 */
export function containerLogLines(subject: LogSubject, window: { from: number; to: number }, limit: number): LogLine[] {
  const count = Math.min(Math.floor(limit), MAX_LOG_LINES);
  if (!(count > 0) || window.from >= window.to) return [];
  const plan = logPlan(subject);
  return plan ? tailOf(plan, window, count).lines : [];
}

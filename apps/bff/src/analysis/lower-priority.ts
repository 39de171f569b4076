import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/** Nice value of analysis threads: when they and the event loop want the same core, the event loop wins. */
export const ANALYSIS_NICE = 10;

/**
 * Lowers this thread's scheduling priority. Linux schedules threads as tasks with ids of their own
 * (`/proc/thread-self`), so this touches only the calling thread; elsewhere it does nothing.
 */
export function lowerThisThreadsPriority(): void {
  try {
    const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(threadId) && threadId > 0) setPriority(threadId, ANALYSIS_NICE);
  } catch {
    // Not Linux, or not allowed: the pool still works, at the default priority.
  }
}

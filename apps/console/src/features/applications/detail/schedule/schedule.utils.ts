import { beijingMinute } from '@cs/compose';
import type { TimingRunOutcome } from '@cs/contracts';
import type { StatusLook } from '../../../workloads/workload-status.utils.ts';

/** A moment in Beijing time, whatever the browser's zone: "2027-01-01 00:00". */
export function beijingTime(iso: string | null): string {
  if (!iso) return '-';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : beijingMinute(d);
}

/** The guide's example, which it calls "every 30 seconds": a five-field crontab has no seconds. */
export const GUIDE_EXAMPLE = '0-59/30 * * * *';

const LOOKS: Record<TimingRunOutcome | 'Waiting', StatusLook> = {
  Waiting: { color: 'default', busy: false },
  Running: { color: 'processing', busy: true },
  Finished: { color: 'success', busy: false },
  Failed: { color: 'error', busy: false },
  Discarded: { color: 'warning', busy: false },
};

export function timingLook(word: TimingRunOutcome | 'Waiting'): StatusLook {
  return LOOKS[word];
}

import type { LogLine } from './log-line.ts';
import type { LogPlan } from './log-plan.ts';
import { bucketOf } from './periodic-lines.ts';

/** However long the window, no call looks at more buckets than this (about six days of them). */
export const MAX_SCANNED_BUCKETS = 50_000;

export interface Tail {
  lines: LogLine[];
  scannedBuckets: number;
}

/**
 * The last `limit` lines of the plan with from <= time < to, in time order, found from `to`
 * backwards: shutdown lines, then bucket after bucket, then start-up lines. When the bucket walk
 * stops at MAX_SCANNED_BUCKETS the start-up lines are left out, so the answer never has a gap.
 */
export function tailOf(plan: LogPlan, window: { from: number; to: number }, limit: number): Tail {
  const inWindow = (line: LogLine) => line.time >= window.from && line.time < window.to;
  const newestFirst: LogLine[][] = [];
  let count = 0;
  const take = (lines: LogLine[]) => {
    newestFirst.push(lines);
    count += lines.length;
  };

  take(plan.shutdown.filter(inWindow));
  const { periodic } = plan;
  const earliest = Math.max(window.from, periodic.from);
  const latest = Math.min(window.to, periodic.until);
  let scannedBuckets = 0;
  let walkedAll = true;
  if (earliest < latest) {
    const first = bucketOf(earliest);
    let bucket = bucketOf(latest - 1);
    for (; bucket >= first && count < limit && scannedBuckets < MAX_SCANNED_BUCKETS; bucket--, scannedBuckets++) {
      take(periodic.inBucket(bucket).filter(inWindow));
    }
    walkedAll = bucket < first;
  }
  if (walkedAll && count < limit) take(plan.startup.filter(inWindow));

  return { lines: newestFirst.reverse().flat().slice(-limit), scannedBuckets };
}

import { randomInt, seededRandom } from '../random.ts';
import { visitorLine } from './access-log.ts';
import { clientAddress } from './client-addresses.ts';
import { healthCheckLines } from './health-checks.ts';
import type { ImageLines } from './image-lines.ts';
import { byTime, logLine } from './log-line.ts';
import type { LogLine } from './log-line.ts';
import type { Run } from './run.ts';
import { playScript } from './script.ts';
import { instantAt } from './timestamps.ts';

/** Time is cut into buckets of this length; each bucket's lines are drawn from its own seed. */
export const BUCKET_MS = 10_000;
/** An occasional script starts early enough in its bucket to end in it. */
const OCCASIONAL_SCRIPT_MS = 3_000;

export const bucketOf = (time: number) => Math.floor(time / BUCKET_MS);

/** The lines of a run between its start-up and its shutdown, bucket by bucket. */
export interface PeriodicLines {
  /** No line before this; Infinity when there are none at all. */
  from: number;
  /** Exclusive. */
  until: number;
  /** The lines of the bucket, in time order. */
  inBucket(bucket: number): LogLine[];
}

/** A web server's visitors come at a rate fixed for the container: most are quiet, a few are busy. */
function visitorsPerSecond(containerId: string): number {
  return 0.05 + 1.15 * seededRandom(`${containerId}:visitors`).next() ** 2;
}

export function periodicLines(run: Run, image: ImageLines, span: { from: number; until: number }): PeriodicLines {
  const { id } = run.subject;
  const checks = healthCheckLines(run, image);
  const { access, occasional } = image;
  const from = Math.max(span.from, access || occasional ? span.from : checks.from);
  const visitorsPerBucket = access ? (visitorsPerSecond(id) * BUCKET_MS) / 1_000 : 0;

  function drawn(bucket: number): LogLine[] {
    const start = bucket * BUCKET_MS;
    const random = seededRandom(`${id}:${bucket}`);
    const lines: LogLine[] = [];
    if (access) {
      const visitors = randomInt(random, 0, Math.round(2 * visitorsPerBucket));
      for (let i = 0; i < visitors; i++) {
        const at = instantAt(start + Math.floor(random.next() * BUCKET_MS), random);
        lines.push(logLine(at, 'stdout', visitorLine(access, clientAddress(id, random), at, random)));
      }
    }
    if (occasional && random.next() < occasional.chancePerBucket) {
      const anchor = start + Math.floor(random.next() * (BUCKET_MS - OCCASIONAL_SCRIPT_MS));
      lines.push(...playScript(occasional.script(run, random), anchor, random));
    }
    return lines;
  }

  return {
    from,
    until: span.until,
    inBucket(bucket) {
      const lo = Math.max(bucket * BUCKET_MS, from);
      const hi = Math.min((bucket + 1) * BUCKET_MS, span.until);
      if (lo >= hi) return [];
      const inRange = (line: LogLine) => line.time >= lo && line.time < hi;
      return [...drawn(bucket).filter(inRange), ...checks.between(lo, hi)].sort(byTime);
    },
  };
}

import type { ContainerState } from '@cs/domain';
import { containerLogLines } from '@cs/simulator';
import type { LogLine, LogSubject } from '@cs/simulator';

/** A container's shutdown lines fall in the second before it stopped (the simulator's log plan). */
const SHUTDOWN_LOOKBACK_MS = 1_000;
/** Containers that may still write. */
const LIVE: readonly ContainerState[] = ['pulling', 'created', 'running', 'restarting'];

/** True while the container may write more lines. */
export const mayWrite = (subject: LogSubject): boolean => LIVE.includes(subject.phase);

const key = (line: LogLine) => `${line.time}|${line.stream}|${line.text}`;

/**
 * Where a follower of one container's log has read to. Each `next` gives the lines written since,
 * once each: a stop adds shutdown lines to a span already read, so lines lately given are kept by
 * key and not given twice. Used by `docker logs -f` and the console's follow streams alike.
 */
export class LogCursor {
  private recent = new Map<string, number>();
  /** When the container last stopped, once its lines up to then were given: a stopped one writes no more. */
  private stoppedSince: string | null = null;

  /** `read`: the subject as it was when the lines up to `to` were read, if they were. */
  constructor(
    private to: number,
    read?: LogSubject,
  ) {
    if (read && !mayWrite(read)) this.stoppedSince = read.phaseSince;
  }

  /** The moment read up to. */
  get position(): number {
    return this.to;
  }

  /** Notes lines given already (the tail a follow starts with). */
  remember(lines: readonly LogLine[]): void {
    for (const line of lines) this.recent.set(key(line), line.time);
  }

  /** The container's new lines up to `now` (its last `limit`), from its subject as now stored. */
  next(subject: LogSubject, now: number, limit: number): LogLine[] {
    if (now <= this.to) return [];
    const live = mayWrite(subject);
    if (!live && subject.phaseSince === this.stoppedSince) {
      this.to = now;
      return [];
    }
    this.stoppedSince = live ? null : subject.phaseSince;
    const start = live ? this.to : Math.min(this.to, Date.parse(subject.phaseSince) - SHUTDOWN_LOOKBACK_MS);
    const lines = containerLogLines(subject, { from: start, to: now }, limit);
    const since = this.to - 2 * SHUTDOWN_LOOKBACK_MS;
    this.recent = new Map([...this.recent].filter(([, time]) => time >= since));
    const fresh = lines.filter((line) => !this.recent.has(key(line)));
    this.remember(fresh);
    this.to = now;
    return fresh;
  }
}

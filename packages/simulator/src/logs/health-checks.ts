import { PROBE_INTERVAL_MS } from '../deploy/container-lifecycle.ts';
import { seededRandom } from '../random.ts';
import { probeLine, probePath } from './access-log.ts';
import type { ImageLines } from './image-lines.ts';
import { logLine } from './log-line.ts';
import type { LogLine } from './log-line.ts';
import type { Run } from './run.ts';
import { instantAt } from './timestamps.ts';

/** Longest a check takes to be answered: its lines come at most this long after it starts. */
const MAX_CHECK_MS = 40;

/** The lines the health checks leave: the web server's access line for each, and an error for each failed one. */
export interface HealthCheckLines {
  /** The first line's earliest time; Infinity when the checks leave none. */
  from: number;
  between(from: number, to: number): LogLine[];
}

/**
 * Checks run every PROBE_INTERVAL_MS from the first, which comes after the initial delay. Each is
 * seeded by its number, so it falls in one bucket whatever window asks for it. The status tells
 * only the latest health: an unhealthy container failed every check since it entered its phase.
 */
export function healthCheckLines(run: Run, image: ImageLines): HealthCheckLines {
  const { subject } = run;
  const first = run.start + (subject.probe?.initialDelaySeconds ?? 0) * 1_000 + PROBE_INTERVAL_MS;
  const { access } = image;
  const path = access ? probePath(subject.probe) : null;
  const failingSince = subject.health === 'Unhealthy' ? Math.max(first, Date.parse(subject.phaseSince)) : Infinity;
  const from = path === null ? failingSince : first;

  function linesOfCheck(check: number): LogLine[] {
    const random = seededRandom(`${subject.id}:check:${check}`);
    const asked = first + check * PROBE_INTERVAL_MS;
    const answerMs = 2 + Math.floor(random.next() * (MAX_CHECK_MS - 1));
    const healthy = asked < failingSince;
    const lines: LogLine[] = [];
    if (!healthy) {
      const at = instantAt(asked + Math.floor(answerMs / 2), random);
      lines.push(logLine(at, 'stderr', image.unhealthy(at, run, check + 1)));
    }
    if (access && path !== null) {
      const at = instantAt(asked + answerMs, random);
      lines.push(logLine(at, 'stdout', probeLine(access, at, path, healthy)));
    }
    return lines;
  }

  return {
    from,
    between(lo, hi) {
      if (Math.max(lo, from) >= hi) return [];
      const firstCheck = Math.max(0, Math.ceil((Math.max(lo, from) - MAX_CHECK_MS - first) / PROBE_INTERVAL_MS));
      const lastCheck = Math.floor((hi - 1 - first) / PROBE_INTERVAL_MS);
      const lines: LogLine[] = [];
      for (let check = firstCheck; check <= lastCheck; check++) {
        for (const line of linesOfCheck(check)) if (line.time >= lo && line.time < hi) lines.push(line);
      }
      return lines;
    },
  };
}

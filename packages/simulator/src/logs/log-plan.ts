import { seededRandom } from '../random.ts';
import { imageLinesOf } from './image-families.ts';
import type { LogLine } from './log-line.ts';
import type { LogSubject } from './log-subject.ts';
import { periodicLines } from './periodic-lines.ts';
import type { PeriodicLines } from './periodic-lines.ts';
import { latestRun } from './run.ts';
import { playScript } from './script.ts';

/** Start-up lines come within this long of the start; the periodic lines after. */
export const STARTUP_SPAN_MS = 1_500;
/** Shutdown lines come within this long before the end. */
export const SHUTDOWN_SPAN_MS = 1_000;

/** A run's lines in three parts, one after the other in time: start-up, periodic, shutdown. */
export interface LogPlan {
  startup: LogLine[];
  periodic: PeriodicLines;
  shutdown: LogLine[];
}

/** Null for a container that never started, so never wrote. */
export function logPlan(subject: LogSubject): LogPlan | null {
  const run = latestRun(subject);
  if (!run) return null;
  const image = imageLinesOf(subject.image);
  const shutdownFrom = run.exitCode === null ? run.end : Math.max(run.start, run.end - SHUTDOWN_SPAN_MS);
  const periodicFrom = Math.min(run.start + STARTUP_SPAN_MS, shutdownFrom);
  const startupRandom = seededRandom(`${subject.id}:startup:${run.start}`);
  const startup = playScript(image.startup(run, startupRandom), run.start, startupRandom);
  const died = run.exitCode !== null && run.exitCode !== 0;
  const lastScript = [...(died ? [image.crash(run)] : []), ...image.shutdown(run)];
  const shutdown =
    run.exitCode === null
      ? []
      : playScript(lastScript, shutdownFrom, seededRandom(`${subject.id}:shutdown:${run.end}`));
  return {
    startup: startup.filter((line) => line.time < periodicFrom),
    periodic: periodicLines(run, image, { from: periodicFrom, until: shutdownFrom }),
    shutdown: shutdown.filter((line) => line.time < run.end),
  };
}

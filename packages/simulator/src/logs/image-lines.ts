import type { Random } from '../random.ts';
import type { AccessLogStyle } from './access-log.ts';
import type { Run } from './run.ts';
import type { ScriptLine } from './script.ts';
import type { Instant } from './timestamps.ts';

/** What the processes of one kind of image write, as templates drawn on for every container of it. */
export interface ImageLines {
  /** What it prints as it starts; the gaps add up to no more than STARTUP_SPAN_MS. */
  startup(run: Run, random: Random): ScriptLine[];
  /** What it prints when asked to stop; the last line says it is going. */
  shutdown(run: Run): ScriptLine[];
  /** The error a process that dies (exit code ≠ 0) leaves on stderr, before its shutdown lines. */
  crash(run: Run): ScriptLine;
  /** The error (stderr) it writes at each failed health check; `request` counts the checks. */
  unhealthy(at: Instant, run: Run, request: number): string;
  /** Web servers: the access log, where the health check's requests show too. */
  access?: AccessLogStyle;
  /** Databases: what happens now and then (a checkpoint, a background save), in a bucket's time. */
  occasional?: { chancePerBucket: number; script(run: Run, random: Random): ScriptLine[] };
}

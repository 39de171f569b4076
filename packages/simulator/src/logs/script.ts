import type { Random } from '../random.ts';
import { logLine } from './log-line.ts';
import type { LogLine, LogStream } from './log-line.ts';
import { instantAt } from './timestamps.ts';
import type { Instant } from './timestamps.ts';

/** One line of a sequence a process prints in one go (its start-up, a checkpoint, its shutdown). */
export interface ScriptLine {
  /** At most this long after the previous line (after the anchor for the first); at least half of it. */
  gapMs: number;
  stream: LogStream;
  text: (at: Instant) => string;
}

/** A line whose words do not depend on when it is printed. */
export function plainLine(gapMs: number, stream: LogStream, text: string): ScriptLine {
  return { gapMs, stream, text: () => text };
}

/**
 * The script's lines from `anchor` on. Every line is at least a millisecond after the one before,
 * so time order keeps the script's order.
 */
export function playScript(script: readonly ScriptLine[], anchor: number, random: Random): LogLine[] {
  let ms = anchor;
  return script.map((line) => {
    ms += Math.max(1, Math.round(line.gapMs * (0.5 + random.next() / 2)));
    const at = instantAt(ms, random);
    return logLine(at, line.stream, line.text(at));
  });
}

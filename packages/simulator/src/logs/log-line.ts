import { rfc3339Nano } from './timestamps.ts';
import type { Instant } from './timestamps.ts';

export type LogStream = 'stdout' | 'stderr';

export interface LogLine {
  /** Milliseconds since the epoch. */
  time: number;
  /** RFC 3339 with nanoseconds, e.g. 2026-12-01T10:00:00.123456789Z (nanos derived deterministically). */
  timestamp: string;
  stream: LogStream;
  /** No trailing newline. */
  text: string;
}

export function logLine(at: Instant, stream: LogStream, text: string): LogLine {
  return { time: at.ms, timestamp: rfc3339Nano(at), stream, text };
}

/** Time order; lines of one millisecond by their nanoseconds (timestamps of one length compare as text). */
export function byTime(a: LogLine, b: LogLine): number {
  if (a.time !== b.time) return a.time - b.time;
  return a.timestamp < b.timestamp ? -1 : a.timestamp > b.timestamp ? 1 : 0;
}

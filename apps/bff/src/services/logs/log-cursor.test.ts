import { describe, expect, it } from 'vitest';
import { containerLogLines } from '@cs/simulator';
import type { LogSubject } from '@cs/simulator';
import { LogCursor } from './log-cursor.ts';

const STARTED = Date.UTC(2026, 11, 1, 10);
const MINUTE = 60_000;
const running: LogSubject = {
  id: 'c-nginx',
  name: 'web_1',
  image: 'nginx:1.10',
  startedAt: new Date(STARTED).toISOString(),
  phase: 'running',
  phaseSince: new Date(STARTED + 3_000).toISOString(),
  exitCode: null,
  restartCount: 0,
  health: null,
  probe: null,
  containerIp: '172.18.1.7',
};
const stoppedAt = (ms: number): LogSubject => ({
  ...running,
  phase: 'exited',
  phaseSince: new Date(ms).toISOString(),
  exitCode: 0,
});

describe('LogCursor', () => {
  it('gives each line once, step by step, the same lines as one read of the whole span', () => {
    const cursor = new LogCursor(STARTED);
    const stepped = [1, 2, 3, 4, 5].flatMap((m) => cursor.next(running, STARTED + m * 2 * MINUTE, Infinity));
    expect(stepped).toEqual(containerLogLines(running, { from: STARTED, to: STARTED + 10 * MINUTE }, 10_000));
    expect(cursor.position).toBe(STARTED + 10 * MINUTE);
  });

  it('adds the shutdown lines of a stop once, and nothing after it', () => {
    const cursor = new LogCursor(STARTED);
    const before = cursor.next(running, STARTED + 10 * MINUTE, Infinity);
    const stopped = stoppedAt(STARTED + 10 * MINUTE - 200);
    const shutdown = cursor.next(stopped, STARTED + 11 * MINUTE, Infinity);
    expect(shutdown.length).toBeGreaterThan(0);
    expect(shutdown.some((line) => before.includes(line))).toBe(false);
    expect(cursor.next(stopped, STARTED + 12 * MINUTE, Infinity)).toEqual([]);
    expect(cursor.next(stopped, STARTED + 60 * MINUTE, Infinity)).toEqual([]);
  });

  it('gives nothing more for a container seen stopped when its lines were read', () => {
    const stopped = stoppedAt(STARTED + 5 * MINUTE);
    const cursor = new LogCursor(STARTED + 6 * MINUTE, stopped);
    expect(cursor.next(stopped, STARTED + 7 * MINUTE, Infinity)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { MAX_LOG_LINES } from './container-logs.ts';
import { logPlan } from './log-plan.ts';
import { BUCKET_MS } from './periodic-lines.ts';
import { LICENSE_PROBE, runningSubject, STARTED, YEAR } from './subjects.fixture.ts';
import { MAX_SCANNED_BUCKETS, tailOf } from './tail.ts';

const yearLong = { from: 0, to: STARTED + YEAR };

describe('tailOf', () => {
  it('finds the tail of a busy container in the last few buckets of a year', () => {
    const plan = logPlan(runningSubject('nginx', { probe: LICENSE_PROBE }))!;
    const tail = tailOf(plan, yearLong, 100);
    expect(tail.lines.length).toBe(100);
    // A check every two seconds gives each bucket five lines at least.
    expect(tail.scannedBuckets).toBeLessThanOrEqual(100 / 5 + 1);
  });

  it('stops at MAX_SCANNED_BUCKETS for a quiet container, and leaves its start-up out rather than a gap', () => {
    const plan = logPlan(runningSubject('redis'))!;
    const tail = tailOf(plan, yearLong, MAX_LOG_LINES);
    expect(tail.scannedBuckets).toBe(MAX_SCANNED_BUCKETS);
    expect(tail.lines.length).toBeGreaterThan(0);
    expect(tail.lines.length).toBeLessThan(MAX_LOG_LINES);
    const scannedFrom = yearLong.to - MAX_SCANNED_BUCKETS * BUCKET_MS;
    expect(tail.lines.every((line) => line.time >= scannedFrom - BUCKET_MS)).toBe(true);
  });

  it('scans no bucket for a container whose run has only start-up lines', () => {
    const plan = logPlan(runningSubject('busybox'))!;
    const tail = tailOf(plan, yearLong, 100);
    expect(tail.scannedBuckets).toBe(0);
    expect(tail.lines.map((line) => line.text)).toEqual(['Starting busybox ...', 'busybox started (pid 1)']);
  });
});

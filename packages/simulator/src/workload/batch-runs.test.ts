import { describe, expect, it } from 'vitest';
import { batchRun } from './batch-runs.ts';

describe('batchRun', () => {
  it('finishes `date` in seconds and an unknown image in tens of seconds, exit code 0', () => {
    const date = batchRun('busybox', 'date', 'c1', 1);
    expect(date.exitCode).toBe(0);
    expect(date.durationMs).toBeGreaterThanOrEqual(2_000);
    expect(date.durationMs).toBeLessThanOrEqual(5_000);
    const unknown = batchRun('registry.aliyuncs.com/jimmycmh/testret:latest', null, 'c1', 1);
    expect(unknown.durationMs).toBeGreaterThanOrEqual(20_000);
    expect(unknown.durationMs).toBeLessThanOrEqual(60_000);
  });

  it('reads sleep N (also through sh -c) and false', () => {
    expect(batchRun('busybox', ['sleep', '30'], 'c', 1).durationMs).toBeGreaterThanOrEqual(30_000);
    expect(batchRun('busybox', 'sh -c "sleep 10"', 'c', 1).durationMs).toBeLessThan(11_000);
    expect(batchRun('busybox', 'false', 'c', 1).exitCode).toBe(1);
    expect(batchRun('busybox', 'sleep 1e12', 'c', 1).durationMs).toBeLessThanOrEqual(86_401_000);
  });

  it('is the same for one container and attempt, and varies between attempts', () => {
    expect(batchRun('x', null, 'c', 1)).toEqual(batchRun('x', null, 'c', 1));
    expect(batchRun('x', null, 'c', 1).durationMs).not.toBe(batchRun('x', null, 'c', 2).durationMs);
  });
});

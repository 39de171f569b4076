import type { ServiceProbe } from '@cs/domain';
import type { LogSubject } from './log-subject.ts';

/** 2026-12-01T10:00:00Z: when the test containers start. */
export const STARTED = Date.UTC(2026, 11, 1, 10);
export const SECOND = 1_000;
export const HOUR = 3_600 * SECOND;
export const YEAR = 365 * 24 * HOUR;

export const LICENSE_PROBE: ServiceProbe = {
  kind: 'http',
  target: 'http://container:80/license.txt',
  timeoutSeconds: null,
  initialDelaySeconds: null,
};

/** A container of `image` running since STARTED, healthy, with no health check unless given one. */
export function runningSubject(image: string, overrides: Partial<LogSubject> = {}): LogSubject {
  return {
    id: `c-${image.replace(/\W/g, '-')}`,
    name: 'wordpress_web_1',
    image,
    startedAt: new Date(STARTED).toISOString(),
    phase: 'running',
    phaseSince: new Date(STARTED + 3 * SECOND).toISOString(),
    exitCode: null,
    restartCount: 0,
    health: 'Normal',
    probe: null,
    containerIp: '172.18.1.7',
    ...overrides,
  };
}

/** The same container, exited with `exitCode` after running for `runMs`. */
export function exitedSubject(image: string, runMs: number, exitCode: number): LogSubject {
  return runningSubject(image, {
    phase: 'exited',
    phaseSince: new Date(STARTED + runMs).toISOString(),
    exitCode,
    health: null,
  });
}

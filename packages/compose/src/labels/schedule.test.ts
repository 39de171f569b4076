import { describe, expect, it } from 'vitest';
import { crontabProblem, nextRuns } from './schedule.ts';

describe('crontabProblem', () => {
  it.each([
    '0-59/30 * * * *',
    '*/5 * * * *',
    '0 2 * * 1-5',
    '30 8 1,15 jan-jun mon',
    '0 0 * * 7',
    '@daily',
    '@hourly',
    '@midnight',
  ])('accepts %s', (expression) => {
    expect(crontabProblem(expression)).toBeUndefined();
  });

  it.each([
    ['* * * *', /five fields/],
    // croner's optional seconds field is refused: the guide warns against tasks under a minute.
    ['* * * * * *', /five fields/],
    ['60 * * * *', /`60` is not a valid minute field \(0-59\)/],
    ['* 24 * * *', /hour/],
    ['* * 0 * *', /day of month/],
    ['* * * 13 *', /month/],
    ['* * * * 8', /day of week/],
    ['*/0 * * * *', /minute/],
    ['5-1 * * * *', /minute/],
    ['x * * * *', /minute/],
    ['@reboot', /macro/],
    ['0 0 31 2 *', /never comes/],
    [`${'1,'.repeat(150)}1 * * * *`, /at most 200 characters/],
  ])('rejects %s', (expression, problem) => {
    expect(crontabProblem(expression)).toMatch(problem);
  });
});

describe('nextRuns', () => {
  it('reads the crontab in Beijing time (UTC+8), over the new year', () => {
    const runs = nextRuns('0-59/30 * * * *', new Date('2026-12-31T15:10:00Z'), 5).map((d) => d.toISOString());
    expect(runs).toEqual([
      '2026-12-31T15:30:00.000Z',
      '2026-12-31T16:00:00.000Z',
      '2026-12-31T16:30:00.000Z',
      '2026-12-31T17:00:00.000Z',
      '2026-12-31T17:30:00.000Z',
    ]);
  });

  it('puts a daily 08:30 at 00:30 UTC, whatever the process time zone', () => {
    const runs = nextRuns('30 8 * * *', new Date('2026-06-01T01:00:00Z'), 2).map((d) => d.toISOString());
    expect(runs).toEqual(['2026-06-02T00:30:00.000Z', '2026-06-03T00:30:00.000Z']);
  });

  it('is strictly after the time given', () => {
    expect(nextRuns('0 * * * *', new Date('2026-01-01T00:00:00Z'), 1)[0]?.toISOString()).toBe(
      '2026-01-01T01:00:00.000Z',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { crontabProblem } from './schedule.ts';

describe('crontabProblem', () => {
  it.each(['0-59/30 * * * *', '*/5 * * * *', '0 2 * * 1-5', '30 8 1,15 jan-jun mon', '0 0 * * 7', '@daily', '@hourly'])(
    'accepts %s',
    (expression) => {
      expect(crontabProblem(expression)).toBeUndefined();
    },
  );

  it.each([
    ['* * * *', /five fields/],
    ['* * * * * *', /five fields/],
    ['60 * * * *', /minute/],
    ['* 24 * * *', /hour/],
    ['* * 0 * *', /day of month/],
    ['* * * 13 *', /month/],
    ['* * * * 8', /day of week/],
    ['*/0 * * * *', /minute/],
    ['5-1 * * * *', /minute/],
    ['@reboot', /macro/],
  ])('rejects %s', (expression, problem) => {
    expect(crontabProblem(expression)).toMatch(problem);
  });
});

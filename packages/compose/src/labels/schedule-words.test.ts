import { describe, expect, it } from 'vitest';
import { explainSchedule } from './schedule-words.ts';

describe('explainSchedule', () => {
  it.each([
    // The guide calls this "every 30 seconds"; a five-field crontab has no seconds.
    ['0-59/30 * * * *', 'At minutes 0 and 30 of every hour, Beijing time'],
    ['* * * * *', 'Every minute, Beijing time'],
    ['*/5 * * * *', 'Every 5 minutes, Beijing time'],
    ['30 8 * * *', 'At 08:30, Beijing time'],
    ['0 2 * * 1-5', 'At 02:00 on Monday through Friday, Beijing time'],
    [
      '30 8 1,15 jan-jun mon',
      'At 08:30 on days 1 and 15 of the month or on Monday in January through June, Beijing time',
    ],
    ['0 0 * * 7', 'At 00:00 on Sunday, Beijing time'],
    ['@hourly', 'At minute 0 of every hour, Beijing time'],
    ['0 */2 * * *', 'At minute 0 of every 2 hours, Beijing time'],
    ['15,45 */2 * * *', 'At minutes 15 and 45 of every 2 hours, Beijing time'],
    ['0 0 L * *', 'At 00:00 on the last day of the month, Beijing time'],
    ['0 9 * * 5#2', 'At 09:00 on the second Friday of the month, Beijing time'],
  ])('%s reads "%s"', (expression, words) => {
    expect(explainSchedule(expression)).toBe(words);
  });
});

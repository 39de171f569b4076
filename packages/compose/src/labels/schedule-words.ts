import { schedulePattern } from './schedule.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const NTH = ['first', 'second', 'third', 'fourth', 'fifth'];
/** croner's day-of-week value for "every such weekday"; lower bits are the nth ones, 32 the last. */
const EVERY_WEEKDAY = 63;
const LAST_WEEKDAY = 32;
/** Beyond this many hour:minute pairs, the minutes and hours are told apart. */
const MAX_TIMES = 6;

const indexes = (flags: readonly number[]) => flags.flatMap((f, i) => (f ? [i] : []));
const pad = (n: number) => String(n).padStart(2, '0');

function joined(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** A step every `n` from the field's first value to its end, as `*\/n` writes: 3 values or more. */
function stepOf(values: readonly number[], first: number, size: number): number | undefined {
  if (values.length < 3 || values[0] !== first) return undefined;
  const step = values[1]! - values[0]!;
  const regular = values.every((v, i) => v === first + i * step);
  return regular && values[values.length - 1]! + step >= first + size ? step : undefined;
}

/** Values in words: runs of 3 or more read "a through b". */
function listed(values: readonly number[], word: (n: number) => string): string {
  const parts: string[] = [];
  for (let i = 0; i < values.length;) {
    let j = i;
    while (j + 1 < values.length && values[j + 1] === values[j]! + 1) j++;
    if (j - i >= 2) parts.push(`${word(values[i]!)} through ${word(values[j]!)}`);
    else for (let k = i; k <= j; k++) parts.push(word(values[k]!));
    i = j + 1;
  }
  return joined(parts);
}

function timeWords(minutes: readonly number[], hours: readonly number[]): string {
  const everyMinute = minutes.length === 60;
  const everyHour = hours.length === 24;
  const minuteStep = stepOf(minutes, 0, 60);
  const hourStep = stepOf(hours, 0, 24);
  const minuteList = `minute${minutes.length > 1 ? 's' : ''} ${listed(minutes, String)}`;
  const hourList = hourStep ? `every ${hourStep} hours` : `hour${hours.length > 1 ? 's' : ''} ${listed(hours, pad)}`;
  if (everyMinute) return everyHour ? 'Every minute' : `Every minute of ${hourList}`;
  if (everyHour) return minuteStep ? `Every ${minuteStep} minutes` : `At ${minuteList} of every hour`;
  if (minutes.length * hours.length <= MAX_TIMES)
    return `At ${joined(hours.flatMap((h) => minutes.map((m) => `${pad(h)}:${pad(m)}`)))}`;
  return `At ${minuteStep ? `every ${minuteStep} minutes` : minuteList} of ${hourList}`;
}

function weekdayWords(dayOfWeek: readonly number[]): string {
  const plain: number[] = [];
  const special: string[] = [];
  for (const [day, value] of dayOfWeek.slice(0, 7).entries()) {
    if (value === EVERY_WEEKDAY) plain.push(day);
    else if (value) {
      const nth = NTH.filter((_, i) => value & (1 << i));
      if (value & LAST_WEEKDAY) nth.push('last');
      special.push(`the ${joined(nth)} ${DAYS[day]} of the month`);
    }
  }
  const words = [...(plain.length > 0 ? [listed(plain, (d) => DAYS[d]!)] : []), ...special];
  return joined(words);
}

function dayWords(pattern: ReturnType<typeof schedulePattern>): string {
  const days = indexes(pattern.day).map((d) => d + 1);
  const monthDays: string[] = [];
  if (days.length > 0 && !pattern.starDOM) monthDays.push(`day${days.length > 1 ? 's' : ''} ${listed(days, String)}`);
  const nearest = indexes(pattern.nearestWeekdays).map((d) => d + 1);
  if (nearest.length > 0) monthDays.push(`the weekday nearest day ${listed(nearest, String)}`);
  if (pattern.lastDayOfMonth) monthDays.push('the last day');
  if (pattern.lastWeekday) monthDays.push('the last weekday');
  const ofMonth = monthDays.length > 0 ? `on ${joined(monthDays)} of the month` : '';
  const weekdays = pattern.starDOW ? '' : `on ${weekdayWords(pattern.dayOfWeek)}`;
  // Like crontab, a restricted day of month and day of week are either/or.
  return [ofMonth, weekdays].filter((w) => w !== '').join(pattern.useAndLogic ? ' and ' : ' or ');
}

/** A crontab expression in words, e.g. "At minutes 0 and 30 of every hour, Beijing time". */
export function explainSchedule(expression: string): string {
  const pattern = schedulePattern(expression);
  const months = indexes(pattern.month);
  const words = [
    timeWords(indexes(pattern.minute), indexes(pattern.hour)),
    dayWords(pattern),
    months.length === 12 ? '' : `in ${listed(months, (m) => MONTHS[m]!)}`,
  ];
  return `${words.filter((w) => w !== '').join(' ')}, Beijing time`;
}

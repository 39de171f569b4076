/** A timing task's schedule: a crontab expression read in Beijing time. */
export interface Schedule {
  expression: string;
  timeZone: 'Asia/Shanghai';
}

const FIELDS = [
  { name: 'minute', min: 0, max: 59, names: [] as string[] },
  { name: 'hour', min: 0, max: 23, names: [] },
  { name: 'day of month', min: 1, max: 31, names: [] },
  {
    name: 'month',
    min: 1,
    max: 12,
    names: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
  },
  { name: 'day of week', min: 0, max: 7, names: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] },
];

const MACROS = ['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly'];

function value(text: string, field: (typeof FIELDS)[number]): number | undefined {
  const named = field.names.indexOf(text.toLowerCase());
  if (named >= 0) return named + field.min;
  if (!/^\d+$/.test(text)) return undefined;
  const n = Number(text);
  return n >= field.min && n <= field.max ? n : undefined;
}

function validItem(item: string, field: (typeof FIELDS)[number]): boolean {
  const [range = '', step, extra] = item.split('/');
  if (extra !== undefined) return false;
  if (step !== undefined && !(/^\d+$/.test(step) && Number(step) >= 1)) return false;
  if (range === '*') return true;
  const [from = '', to, more] = range.split('-');
  if (more !== undefined) return false;
  const a = value(from, field);
  if (a === undefined) return false;
  if (to === undefined) return true;
  const b = value(to, field);
  return b !== undefined && b >= a;
}

/**
 * Checks a crontab expression (five fields: minute hour day-of-month month day-of-week, or a macro
 * such as @daily); returns the problem in words, or undefined when it is valid.
 */
export function crontabProblem(expression: string): string | undefined {
  const text = expression.trim();
  if (text.startsWith('@'))
    return MACROS.includes(text.toLowerCase()) ? undefined : `\`${text}\` is not a crontab macro.`;
  const parts = text.split(/\s+/).filter((p) => p !== '');
  if (parts.length !== FIELDS.length)
    return `A crontab schedule has five fields (minute hour day-of-month month day-of-week); \`${text}\` has ${parts.length}.`;
  for (const [i, part] of parts.entries()) {
    const field = FIELDS[i];
    if (!field) continue;
    if (!part.split(',').every((item) => validItem(item, field)))
      return `\`${part}\` is not a valid ${field.name} field (${field.min}-${field.max}).`;
  }
  return undefined;
}

import { Cron, CronPattern } from 'croner';

/** The guide: "the format of schedule is the same as that of crontab and uses Beijing time". */
export const SCHEDULE_TIME_ZONE = 'Asia/Shanghai';

/** A timing task's schedule: a crontab expression read in Beijing time. */
export interface Schedule {
  expression: string;
  timeZone: typeof SCHEDULE_TIME_ZONE;
}

/** Longer than any crontab anyone writes: bounds the work of reading one. */
const MAX_LENGTH = 200;
/** Five fields, as crontab has: croner's optional seconds would allow tasks under a minute, which the guide warns against. */
const OPTIONS = { mode: '5-part', timezone: SCHEDULE_TIME_ZONE } as const;

const FIELDS = [
  { name: 'minute', range: '0-59' },
  { name: 'hour', range: '0-23' },
  { name: 'day of month', range: '1-31' },
  { name: 'month', range: '1-12 or jan-dec' },
  { name: 'day of week', range: '0-7 or sun-sat' },
] as const;

/** Parsed schedules: a controller asks for the same few expressions every minute. */
const PARSED = new Map<string, Cron>();
const MAX_PARSED = 1_000;

function croned(expression: string): Cron {
  const known = PARSED.get(expression);
  if (known) return known;
  const cron = new Cron(expression, { ...OPTIONS, paused: true });
  if (PARSED.size >= MAX_PARSED) PARSED.clear();
  PARSED.set(expression, cron);
  return cron;
}

function parses(expression: string): boolean {
  try {
    croned(expression);
    return true;
  } catch {
    return false;
  }
}

/** The first field croner refuses on its own, every other field `*`: names the field the operator got wrong. */
function faultyField(parts: readonly string[]): number {
  return parts.findIndex((part, i) => !parses(FIELDS.map((_, j) => (j === i ? part : '*')).join(' ')));
}

/**
 * Checks a crontab expression (five fields: minute hour day-of-month month day-of-week, or a macro
 * such as @daily) with croner; returns the problem in words, or undefined when it is valid.
 */
export function crontabProblem(expression: string): string | undefined {
  const text = expression.trim();
  if (text.length > MAX_LENGTH) return `A crontab schedule is at most ${MAX_LENGTH} characters.`;
  const parts = text.split(/\s+/).filter((p) => p !== '');
  if (text.startsWith('@')) {
    if (parses(text)) return undefined;
    return `\`${text}\` is not a crontab macro (@yearly, @annually, @monthly, @weekly, @daily, @midnight or @hourly).`;
  }
  if (parts.length !== FIELDS.length)
    return `A crontab schedule has five fields (minute hour day-of-month month day-of-week); \`${text}\` has ${parts.length}.`;
  let cron: Cron;
  try {
    cron = croned(text);
  } catch (error) {
    const i = faultyField(parts);
    const field = FIELDS[i];
    if (field) return `\`${parts[i]}\` is not a valid ${field.name} field (${field.range}).`;
    return `\`${text}\` is not a valid crontab schedule: ${(error as Error).message}`;
  }
  if (cron.nextRun(new Date()) === null) return `\`${text}\` never comes (no such date).`;
  return undefined;
}

/** The next `count` times the schedule is due strictly after `from`, in Beijing time's crontab. */
export function nextRuns(expression: string, from: Date, count: number): Date[] {
  return croned(expression.trim()).nextRuns(count, from);
}

/** The first time the schedule is due strictly after `from`, or null when it never is. */
export function nextRun(expression: string, from: Date): Date | null {
  return croned(expression.trim()).nextRun(from);
}

/** croner's reading of the expression, field by field: what the explanation is made from. */
export function schedulePattern(expression: string): CronPattern {
  return new CronPattern(expression.trim(), SCHEDULE_TIME_ZONE, { mode: OPTIONS.mode });
}

const BEIJING = new Intl.DateTimeFormat('sv-SE', {
  timeZone: SCHEDULE_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A moment as a crontab in Beijing time reads it, "2027-01-01 00:00", whatever the process's zone. */
export function beijingMinute(at: Date): string {
  return BEIJING.format(at);
}

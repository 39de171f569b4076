import { z } from 'zod';

/** Entries Per Container: how many of each container's newest lines a log view shows. */
export const LOG_TAIL_DEFAULT = 100;
export const LOG_TAIL_MAX = 10_000;
export const LOG_TAIL_CHOICES = [50, 100, 200, 500, 1_000, 5_000, 10_000] as const;
/** The longest text a log search takes; it is matched literally, so its cost is linear. */
export const LOG_SEARCH_MAX = 200;

/** True when no character is a control character (a line break, a NUL, DEL). */
const noControl = (text: string) => ![...text].some((ch) => ch.charCodeAt(0) < 32 || ch.charCodeAt(0) === 127);

/**
 * `?tail=&container=&since=&q=` of a log view, its download and its follow stream. `container`
 * names one container of the subject (absent: All); `q` is literal text, matched ignoring case.
 */
export const LogQuerySchema = z.object({
  tail: z.coerce
    .number('Entries Per Container is a number of lines.')
    .int('Entries Per Container is a whole number of lines.')
    .min(1, 'Show at least 1 entry per container.')
    .max(LOG_TAIL_MAX, `Show at most ${LOG_TAIL_MAX.toLocaleString('en-US')} entries per container.`)
    .default(LOG_TAIL_DEFAULT),
  container: z
    .string('Name one container.')
    .trim()
    .min(1, 'Name one container, or leave it out for All.')
    .max(128, 'A container name has at most 128 characters.')
    .refine(noControl, 'A container name has no control characters.')
    .optional(),
  since: z.iso.datetime({ offset: true, message: 'Give the start time as an ISO 8601 time.' }).optional(),
  q: z
    .string('Search for one piece of text.')
    .max(LOG_SEARCH_MAX, `Search with at most ${LOG_SEARCH_MAX} characters.`)
    .refine(noControl, 'Search text has no control characters.')
    .optional(),
});
export type LogQuery = Partial<z.output<typeof LogQuerySchema>>;

/** One log line of one container, as `docker logs -t` has it (time to the nanosecond). */
export const LogLineSchema = z.object({
  containerId: z.string(),
  containerName: z.string(),
  /** RFC 3339 with nine fractional digits, e.g. 2017-04-01T08:29:20.173811672Z. */
  time: z.string(),
  stream: z.enum(['stdout', 'stderr']),
  text: z.string(),
});
export type LogLineDto = z.infer<typeof LogLineSchema>;

export const LogContainerSchema = z.object({ id: z.string(), name: z.string() });

/** The lines of a container, service or application, oldest first, with what was left out and why. */
export const LogsSchema = z.object({
  lines: z.array(LogLineSchema),
  /** The subject's containers by name (at most `containersShown` of them): the Filter by Container Name choices. */
  containers: z.array(LogContainerSchema),
  /** How many containers the subject has; more than `containersShown` means only the first ones were read. */
  containersTotal: z.number().int(),
  /** How many containers' lines were read. */
  containersShown: z.number().int(),
  /** The entries per container applied: less than asked when many containers share one answer's bound. */
  tailPerContainer: z.number().int(),
  /** Lines before this are no longer kept (the retention), whatever `since` asks. */
  oldest: z.string(),
  /** The moment the lines were read up to; a follow goes on from here. */
  to: z.string(),
});
export type LogsDto = z.infer<typeof LogsSchema>;

/** One message of a follow stream (`event: lines`, its id the `to` in Unix milliseconds). */
export const LogBatchSchema = z.object({
  lines: z.array(LogLineSchema),
  to: z.string(),
  /** Some lines written in the batch's span were not sent: more came than one batch holds. */
  truncated: z.boolean(),
});
export type LogBatchDto = z.infer<typeof LogBatchSchema>;

/** The kinds of thing whose logs the console shows. */
export const LOG_SUBJECT_KINDS = ['containers', 'services', 'applications'] as const;
export type LogSubjectKind = (typeof LOG_SUBJECT_KINDS)[number];

import { z } from 'zod';

/** The guide: "the format of schedule is the same as that of crontab and uses Beijing time". */
export const SCHEDULE_TIME_ZONE = 'Asia/Shanghai';
/** How many coming run times the console shows. */
export const NEXT_RUN_COUNT = 5;
/** "When the length of the execution queue is greater than 3, this execution will be discarded." */
export const MAX_QUEUED_RUNS = 3;
/** "Only the last 10 events are kept." */
export const RUNS_KEPT = 10;

export const TIMING_RUN_OUTCOMES = ['Running', 'Finished', 'Failed', 'Discarded'] as const;
export type TimingRunOutcome = (typeof TIMING_RUN_OUTCOMES)[number];

/** One execution of a timing task, from the time it was due. */
export const TimingRunSchema = z.object({
  /** The crontab time the run was due at. */
  scheduledAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  outcome: z.enum(TIMING_RUN_OUTCOMES),
  /** Why the run was discarded or failed to start, in words. */
  message: z.string().nullable(),
});
export type TimingRun = z.infer<typeof TimingRunSchema>;

/** `GET /applications/:id/schedule`: a timing task's crontab, coming runs, queue and history. */
export const ApplicationScheduleSchema = z.object({
  applicationId: z.string(),
  expression: z.string(),
  timeZone: z.literal(SCHEDULE_TIME_ZONE),
  /** The crontab in words, e.g. "At minutes 0 and 30 of every hour, Beijing time". */
  explanation: z.string(),
  /** "Waiting" between runs (the guide's "wait" state), "Running" while one runs. */
  state: z.enum(['Waiting', 'Running']),
  /** The next five run times (ISO, UTC). */
  nextRuns: z.array(z.string()),
  /** The due times waiting for the running one to end, oldest first (at most 3). */
  queue: z.array(z.string()),
  /** The last 10 runs, newest first. */
  runs: z.array(TimingRunSchema),
});
export type ApplicationSchedule = z.infer<typeof ApplicationScheduleSchema>;

/** What template analysis adds to a timing task's job settings, so an editor shows the next runs. */
export const ScheduleSettingsSchema = z.object({
  expression: z.string(),
  timeZone: z.literal(SCHEDULE_TIME_ZONE),
  explanation: z.string(),
  nextRuns: z.array(z.string()),
});
export type ScheduleSettings = z.infer<typeof ScheduleSettingsSchema>;

import type { TemplateAnalysis } from '@cs/compose';
import { scheduleSettings } from './schedule-service.ts';

/** A timing task's analysis with its crontab explained and its next five runs, so an editor shows them. */
export function withScheduleRuns(analysis: TemplateAnalysis, now: number): TemplateAnalysis {
  const schedule = analysis.job.schedule;
  if (!schedule) return analysis;
  return {
    ...analysis,
    job: { ...analysis.job, schedule: { ...schedule, ...scheduleSettings(schedule.expression, now) } },
  };
}

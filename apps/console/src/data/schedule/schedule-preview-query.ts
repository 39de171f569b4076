import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { ScheduleSettingsSchema } from '@cs/contracts';
import type { ScheduleSettings } from '@cs/contracts';
import { api } from '../api.ts';

/**
 * A template's timing schedule as the server reads it: explained, with the next five runs on the
 * server's (simulated) clock, which runs ahead of the browser's. Null when the template has none.
 */
async function schedulePreview(content: string, signal: AbortSignal): Promise<ScheduleSettings | null> {
  const analysis = await api.validateTemplate({ content }, signal);
  const parsed = ScheduleSettingsSchema.safeParse((analysis.job as { schedule?: unknown }).schedule);
  return parsed.success ? parsed.data : null;
}

export function useSchedulePreviewQuery(content: string, enabled: boolean) {
  return useQuery({
    queryKey: ['templates', 'schedule-preview', content],
    queryFn: ({ signal }) => schedulePreview(content, signal),
    enabled,
    placeholderData: keepPreviousData,
  });
}

import type { Requester } from './client.ts';
import { ApplicationScheduleSchema } from './schedule.ts';

/** The client's methods for timing tasks (`aliyun.schedule`). */
export function scheduleMethods(request: Requester) {
  return {
    /** 404 when the application is not a timing task. */
    getApplicationSchedule: (id: string, signal?: AbortSignal) =>
      request('GET', `/applications/${encodeURIComponent(id)}/schedule`, { schema: ApplicationScheduleSchema, signal }),
  };
}

import type { Requester } from './client.ts';
import { TriggerCreatedSchema, TriggerListSchema } from './triggers.ts';
import type { TriggerCreateRequest } from './triggers.ts';

const triggersPath = (applicationId: string) => `/applications/${encodeURIComponent(applicationId)}/triggers`;

/** The client's methods for an application's triggers. */
export function triggerMethods(request: Requester) {
  return {
    listTriggers: (applicationId: string, signal?: AbortSignal) =>
      request('GET', triggersPath(applicationId), { schema: TriggerListSchema, signal }),
    /** The answer carries the secret and the full link: the only time they are shown. */
    createTrigger: (applicationId: string, body: TriggerCreateRequest) =>
      request('POST', triggersPath(applicationId), { body, schema: TriggerCreatedSchema }),
    deleteTrigger: (applicationId: string, triggerId: string) =>
      request('DELETE', `${triggersPath(applicationId)}/${encodeURIComponent(triggerId)}`),
  };
}

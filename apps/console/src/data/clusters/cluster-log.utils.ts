import { EventSchema } from '@cs/contracts';
import type { EventDto } from '@cs/contracts';

/** The log event in one SSE `data:` payload, or undefined when it is not one. */
export function parseLogEvent(data: string): EventDto | undefined {
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    return undefined;
  }
  const parsed = EventSchema.safeParse(json);
  return parsed.success ? parsed.data : undefined;
}

/**
 * A cluster's log as written: the entries of every source (the events list, the live stream),
 * each once, oldest first. Event ids grow as entries are appended, so they give the order.
 */
export function mergeLogLines(...sources: readonly (readonly EventDto[])[]): EventDto[] {
  const byId = new Map<number, EventDto>();
  for (const source of sources) for (const event of source) byId.set(event.id, event);
  return [...byId.values()].sort((a, b) => a.id - b.id);
}

import { EVENT_LEVELS } from '@cs/contracts';
import type { EventFilter, EVENT_RESOURCE_KINDS } from '@cs/contracts';

export type EventLevel = (typeof EVENT_LEVELS)[number];
export type EventResourceKind = (typeof EVENT_RESOURCE_KINDS)[number];

export const EVENT_KIND_LABELS: Record<EventResourceKind, string> = {
  cluster: 'Cluster',
  node: 'Node',
  application: 'Application',
  service: 'Service',
  container: 'Container',
};

/** The URL parameters of an Events view's filters (`level`, `eventKind`); a page resets when they change. */
const PARAMS = { level: 'level', resourceKind: 'eventKind' } as const;

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  (values as readonly string[]).includes(value ?? '') ? (value as T) : undefined;

/** The filters the URL holds, among the kinds the view lists; anything else is no filter. */
export function readEventFilter(params: URLSearchParams, kinds: readonly EventResourceKind[]): EventFilter {
  const level = oneOf(EVENT_LEVELS, params.get(PARAMS.level));
  const resourceKind = oneOf(kinds, params.get(PARAMS.resourceKind));
  return { ...(level ? { level } : {}), ...(resourceKind ? { resourceKind } : {}) };
}

/** The URL parameters after a change of filter, dropping `pageParam` so the list starts at its first page. */
export function withEventFilter(
  params: URLSearchParams,
  change: Partial<Pick<EventFilter, 'level' | 'resourceKind'>>,
  pageParam?: string,
): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of ['level', 'resourceKind'] as const) {
    if (!(key in change)) continue;
    const value = change[key];
    if (value) next.set(PARAMS[key], value);
    else next.delete(PARAMS[key]);
  }
  if (pageParam) next.delete(pageParam);
  return next;
}

/** The URL parameter of the page an Events view shows. */
export const EVENTS_PAGE_PARAM = 'eventsPage';

export const eventsPageOf = (params: URLSearchParams): number =>
  Math.max(1, Math.floor(Number(params.get(EVENTS_PAGE_PARAM))) || 1);

/** The URL parameters showing another page of events (the first one is the default, left out). */
export function withEventsPage(params: URLSearchParams, page: number): URLSearchParams {
  const next = new URLSearchParams(params);
  if (page > 1) next.set(EVENTS_PAGE_PARAM, String(page));
  else next.delete(EVENTS_PAGE_PARAM);
  return next;
}

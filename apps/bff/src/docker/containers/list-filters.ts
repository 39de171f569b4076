import type { Container } from '@cs/domain';
import { DockerError } from '../api/docker-errors.ts';
import { dockerState } from './docker-states.ts';
import type { DockerState } from './docker-states.ts';

/** `docker ps --filter`: labels must all match; names, ids and statuses any of theirs. */
export interface ListFilters {
  label: string[];
  name: string[];
  id: string[];
  status: DockerState[];
}

const STATUSES = ['created', 'restarting', 'running', 'removing', 'paused', 'exited', 'dead'];
const MAX_VALUES = 100;
const MAX_VALUE_LENGTH = 1024;

function values(key: string, raw: unknown): string[] {
  // Newer clients send {"label": {"a=b": true}}; docker-py sends {"label": ["a=b"]}.
  const list = Array.isArray(raw)
    ? raw
    : raw !== null && typeof raw === 'object'
      ? Object.entries(raw)
          .filter(([, on]) => on === true)
          .map(([v]) => v)
      : undefined;
  if (!list || list.length > MAX_VALUES || list.some((v) => typeof v !== 'string' || v.length > MAX_VALUE_LENGTH))
    throw new DockerError(400, `Invalid filter '${key}': give at most ${MAX_VALUES} strings.`);
  return list as string[];
}

/** Reads the `filters` parameter; unknown keys and values are refused as Docker refuses them. */
export function parseListFilters(raw: unknown): ListFilters {
  const filters: ListFilters = { label: [], name: [], id: [], status: [] };
  if (raw === undefined || raw === '') return filters;
  let parsed: unknown;
  try {
    parsed = typeof raw === 'string' ? JSON.parse(raw) : undefined;
  } catch {
    parsed = undefined;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new DockerError(400, 'Invalid filters: give a JSON object of filter names to values.');
  for (const [key, value] of Object.entries(parsed)) {
    if (!(key in filters)) throw new DockerError(400, `Invalid filter '${key}'`);
    const list = values(key, value);
    if (key === 'status') {
      const unknown = list.find((s) => !STATUSES.includes(s));
      if (unknown !== undefined) throw new DockerError(400, `Unrecognised filter value for status: ${unknown}`);
      filters.status = list as DockerState[];
    } else {
      filters[key as 'label' | 'name' | 'id'] = list;
    }
  }
  return filters;
}

function labelMatches(labels: Record<string, string>, filter: string): boolean {
  const eq = filter.indexOf('=');
  if (eq < 0) return filter in labels;
  return labels[filter.slice(0, eq)] === filter.slice(eq + 1);
}

/** Whether the container passes every filter (names and ids by substring and prefix, as Docker matches them). */
export function passes(container: Container, labels: Record<string, string>, filters: ListFilters): boolean {
  if (!filters.label.every((f) => labelMatches(labels, f))) return false;
  const name = container.metadata.name;
  if (filters.name.length > 0 && !filters.name.some((n) => name.includes(n.replace(/^\//, '')))) return false;
  if (filters.id.length > 0 && !filters.id.some((id) => container.metadata.id.startsWith(id))) return false;
  return filters.status.length === 0 || filters.status.includes(dockerState(container));
}

/** The compose project and service a label filter names, so the store narrows the query before the rest is matched. */
export function labelValue(filters: ListFilters, key: string): string | undefined {
  const prefix = `${key}=`;
  return filters.label.find((f) => f.startsWith(prefix))?.slice(prefix.length);
}

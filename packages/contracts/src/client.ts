import type { z } from 'zod';
import { ApiError } from './api-error.ts';
import { ClusterListSchema, ClusterSchema } from './clusters.ts';
import type { ClusterCreateRequest, ClusterListQuery } from './clusters.ts';
import { EventListSchema } from './events.ts';
import { OverviewSchema } from './overview.ts';
import { ProblemSchema } from './problem.ts';
import { HealthSchema, SessionSchema } from './session.ts';
import type { SignInRequest } from './session.ts';

export const API_PREFIX = '/api/v1';

type Query = Record<string, string | number | boolean | undefined>;

interface RequestOptions<S extends z.ZodType> {
  query?: Query;
  body?: unknown;
  schema?: S;
  signal?: AbortSignal;
}

export interface ApiClientOptions {
  /** Origin the API lives at; '' for the page's own. */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Extra headers on every request (a cookie, in scripts and tests). */
  headers?: Record<string, string>;
}

function toSearch(query: Query | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

async function toApiError(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => undefined);
  const problem = ProblemSchema.safeParse(body);
  if (problem.success) {
    const p = problem.data;
    return new ApiError(p.status, p.type, p.detail, p.fieldErrors, p.requestId);
  }
  return new ApiError(response.status, 'about:blank', response.statusText || `HTTP ${response.status}`);
}

/** The typed client of the BFF's API: one method per endpoint, responses parsed by their schema. */
export function createApiClient(options: ApiClientOptions = {}) {
  const baseUrl = options.baseUrl ?? '';
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));

  async function request<S extends z.ZodType>(method: string, path: string, opts: RequestOptions<S> = {}) {
    const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
    if (opts.body !== undefined) headers['content-type'] = 'application/json';
    const response = await doFetch(`${baseUrl}${API_PREFIX}${path}${toSearch(opts.query)}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      signal: opts.signal,
    });
    if (!response.ok) throw await toApiError(response);
    if (!opts.schema) return undefined as z.output<S>;
    return opts.schema.parse(await response.json()) as z.output<S>;
  }

  return {
    health: (signal?: AbortSignal) => request('GET', '/health', { schema: HealthSchema, signal }),
    getSession: (signal?: AbortSignal) => request('GET', '/session', { schema: SessionSchema, signal }),
    signIn: (body: SignInRequest) => request('POST', '/session', { body, schema: SessionSchema }),
    signOut: () => request('DELETE', '/session'),
    getOverview: (signal?: AbortSignal) => request('GET', '/overview', { schema: OverviewSchema, signal }),
    listClusters: (query: ClusterListQuery = {}, signal?: AbortSignal) =>
      request('GET', '/clusters', { query, schema: ClusterListSchema, signal }),
    getCluster: (id: string, signal?: AbortSignal) =>
      request('GET', `/clusters/${encodeURIComponent(id)}`, { schema: ClusterSchema, signal }),
    createCluster: (body: ClusterCreateRequest) => request('POST', '/clusters', { body, schema: ClusterSchema }),
    deleteCluster: (id: string, keepSlb = false) =>
      request('DELETE', `/clusters/${encodeURIComponent(id)}`, { query: { keepSlb }, schema: ClusterSchema }),
    listClusterEvents: (id: string, signal?: AbortSignal) =>
      request('GET', `/clusters/${encodeURIComponent(id)}/events`, { schema: EventListSchema, signal }),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;

import type { z } from 'zod';
import { ApiError } from './api-error.ts';
import { API_PREFIX } from './api-prefix.ts';
import { ClusterListSchema, ClusterSchema } from './clusters.ts';
import type { ClusterCreateRequest, ClusterListQuery } from './clusters.ts';
import { AttachResponseSchema } from './cluster-actions.ts';
import { QuotasSchema } from './quotas.ts';
import type {
  ClusterAttachRequest,
  ClusterExpandRequest,
  UpgradeDockerRequest,
  UpgradeSystemServicesRequest,
} from './cluster-actions.ts';
import { EventListSchema } from './events.ts';
import type { EventListQuery } from './events.ts';
import { InstanceListSchema, NodeListSchema, NodeSchema } from './nodes.ts';
import type { AddUserTagRequest, DeleteUserTagRequest, InstanceListQuery, NodeResetRequest } from './nodes.ts';
import { OverviewSchema } from './overview.ts';
import { ProblemSchema } from './problem.ts';
import { HealthSchema, SessionSchema } from './session.ts';
import type { SignInRequest } from './session.ts';
import { ImageListSchema, ImageTagsSchema } from './images.ts';
import type { ImageListQuery } from './images.ts';
import { TemplateAnalysisSchema, TemplateListSchema, TemplateSchema } from './templates.ts';
import { workloadMethods } from './workload-client.ts';
import { logMethods } from './logs-client.ts';
import { metricsMethods } from './metrics-client.ts';
import { terminalMethods } from './terminal-client.ts';
import { alarmMethods } from './alarms-client.ts';
import { loadBalancerMethods } from './load-balancers-client.ts';
import { volumeMethods } from './volumes-client.ts';
import { operationLogMethods } from './operation-logs-client.ts';
import { routeMethods } from './routes-client.ts';
import { autoScalingMethods } from './auto-scaling-client.ts';
import { triggerMethods } from './triggers-client.ts';
import { nodeScalingMethods } from './node-scaling-client.ts';
import { jobMethods } from './jobs-client.ts';
import { scheduleMethods } from './schedule-client.ts';
import type {
  TemplateCreateRequest,
  TemplateListQuery,
  TemplateUpdateRequest,
  TemplateValidateRequest,
} from './templates.ts';

export { API_PREFIX };

export type Query = Record<string, string | number | boolean | undefined>;

/** One request of the client: method, path under the prefix, options; the answer parsed by `schema`. */
export type Requester = <S extends z.ZodType>(
  method: string,
  path: string,
  opts?: RequestOptions<S>,
) => Promise<z.output<S>>;

export interface RequestOptions<S extends z.ZodType> {
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

/** `?key=value&…` of the query's set values; '' when none is set. */
export function toSearch(query: Query | undefined): string {
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

  const workloads = workloadMethods(request);
  const clusterPath = (id: string) => `/clusters/${encodeURIComponent(id)}`;
  const templatePath = (id: string) => `/templates/${encodeURIComponent(id)}`;
  const clusterAction = (id: string, action: string, body: unknown) =>
    request('POST', `${clusterPath(id)}/${action}`, { body, schema: ClusterSchema });

  return {
    health: (signal?: AbortSignal) => request('GET', '/health', { schema: HealthSchema, signal }),
    getSession: (signal?: AbortSignal) => request('GET', '/session', { schema: SessionSchema, signal }),
    signIn: (body: SignInRequest) => request('POST', '/session', { body, schema: SessionSchema }),
    signOut: () => request('DELETE', '/session'),
    getOverview: (signal?: AbortSignal) => request('GET', '/overview', { schema: OverviewSchema, signal }),
    /** How many clusters the account may create and nodes each may hold. */
    getQuotas: (signal?: AbortSignal) => request('GET', '/quotas', { schema: QuotasSchema, signal }),
    listClusters: (query: ClusterListQuery = {}, signal?: AbortSignal) =>
      request('GET', '/clusters', { query, schema: ClusterListSchema, signal }),
    getCluster: (id: string, signal?: AbortSignal) =>
      request('GET', `/clusters/${encodeURIComponent(id)}`, { schema: ClusterSchema, signal }),
    createCluster: (body: ClusterCreateRequest) => request('POST', '/clusters', { body, schema: ClusterSchema }),
    deleteCluster: (id: string, keepSlb = false) =>
      request('DELETE', `/clusters/${encodeURIComponent(id)}`, { query: { keepSlb }, schema: ClusterSchema }),
    listClusterEvents: (id: string, query: EventListQuery = {}, signal?: AbortSignal) =>
      request('GET', `/clusters/${encodeURIComponent(id)}/events`, { query, schema: EventListSchema, signal }),

    expandCluster: (id: string, body: ClusterExpandRequest) => clusterAction(id, 'expand', body),
    /** Automatic attachment answers the cluster (Scaling); manual, the command to run on the instance. */
    attachInstances: (id: string, body: ClusterAttachRequest) =>
      request('POST', `${clusterPath(id)}/attach`, { body, schema: AttachResponseSchema }),
    upgradeAgent: (id: string, migrateContainers = false) => clusterAction(id, 'upgrade-agent', { migrateContainers }),
    upgradeDocker: (id: string, body: UpgradeDockerRequest) => clusterAction(id, 'upgrade-docker', body),
    decideDockerUpgrade: (id: string, decision: 'continue' | 'quit') =>
      clusterAction(id, 'upgrade-docker/decision', { decision }),
    upgradeSystemServices: (id: string, body: UpgradeSystemServicesRequest) =>
      clusterAction(id, 'upgrade-system-services', body),
    clearDisk: (id: string) => clusterAction(id, 'clear-disk', {}),
    setRootDomain: (id: string, rootDomain: string | null) =>
      request('PUT', `${clusterPath(id)}/root-domain`, { body: { rootDomain }, schema: ClusterSchema }),
    bindLoadBalancer: (id: string, slbId: string | null) =>
      request('PUT', `${clusterPath(id)}/load-balancer`, { body: { slbId }, schema: ClusterSchema }),
    /** Where the browser downloads certFile.zip (ca.pem, cert.pem, key.pem). */
    certificateUrl: (id: string) => `${baseUrl}${API_PREFIX}${clusterPath(id)}/certs`,
    /** Server-Sent Events of the cluster's log (`event: log`, data an EventDto), from its first line. */
    clusterLogUrl: (id: string) => `${baseUrl}${API_PREFIX}${clusterPath(id)}/logs`,

    listNodes: (clusterId: string, query: { page?: number; pageSize?: number } = {}, signal?: AbortSignal) =>
      request('GET', `${clusterPath(clusterId)}/nodes`, { query, schema: NodeListSchema, signal }),
    removeNode: (clusterId: string, nodeId: string, migrateContainers: boolean) =>
      request('DELETE', `${clusterPath(clusterId)}/nodes/${encodeURIComponent(nodeId)}`, {
        query: { migrateContainers },
        schema: NodeSchema,
      }),
    resetNode: (clusterId: string, nodeId: string, body: NodeResetRequest) =>
      request('POST', `${clusterPath(clusterId)}/nodes/${encodeURIComponent(nodeId)}/reset`, {
        body,
        schema: NodeSchema,
      }),
    addUserTag: (clusterId: string, body: AddUserTagRequest) =>
      request('POST', `${clusterPath(clusterId)}/tags`, { body, schema: NodeListSchema }),
    deleteUserTag: (clusterId: string, body: DeleteUserTagRequest) =>
      request('POST', `${clusterPath(clusterId)}/tags/delete`, { body, schema: NodeListSchema }),

    listInstances: (query: InstanceListQuery = {}, signal?: AbortSignal) =>
      request('GET', '/instances', { query, schema: InstanceListSchema, signal }),

    validateTemplate: (body: TemplateValidateRequest, signal?: AbortSignal) =>
      request('POST', '/templates/validate', { body, schema: TemplateAnalysisSchema, signal }),
    listTemplates: (query: TemplateListQuery = {}, signal?: AbortSignal) =>
      request('GET', '/templates', { query, schema: TemplateListSchema, signal }),
    getTemplate: (id: string, signal?: AbortSignal) =>
      request('GET', templatePath(id), { schema: TemplateSchema, signal }),
    createTemplate: (body: TemplateCreateRequest) => request('POST', '/templates', { body, schema: TemplateSchema }),
    /** Refused (409) when `resourceVersion` is not the stored one, or the template is a sample. */
    updateTemplate: (id: string, body: TemplateUpdateRequest) =>
      request('PUT', templatePath(id), { body, schema: TemplateSchema }),
    deleteTemplate: (id: string) => request('DELETE', templatePath(id)),
    /** Where the browser downloads `<name>.yml`. */
    templateDownloadUrl: (id: string) => `${baseUrl}${API_PREFIX}${templatePath(id)}/download`,

    listImages: (query: ImageListQuery = {}, signal?: AbortSignal) =>
      request('GET', '/images', { query, schema: ImageListSchema, signal }),
    /** The versions of an image; `name` as the catalogue has it (`acs/proxy`). */
    listImageTags: (name: string, signal?: AbortSignal) =>
      request('GET', `/images/${encodeURIComponent(name)}/tags`, { schema: ImageTagsSchema, signal }),
    ...workloads,
    ...logMethods(request, baseUrl),
    ...metricsMethods(request),
    ...terminalMethods(request),
    ...alarmMethods(request),
    ...scheduleMethods(request),
    ...loadBalancerMethods(request),
    ...volumeMethods(request),
    ...operationLogMethods(request),
    ...routeMethods(request),
    ...autoScalingMethods(request),
    ...triggerMethods(request),
    ...nodeScalingMethods(request),
    ...jobMethods(request),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;

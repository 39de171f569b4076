import { OPERATION_RESOURCE_KINDS, OPERATION_RESULTS } from '@cs/contracts';
import type { OperationLogDto, OperationLogListQuery, OperationResourceKind, OperationResult } from '@cs/contracts';
import { applicationDetailPath, servicePath } from '../applications/application-paths.ts';
import { clusterDetailPath, clusterNodesPath } from '../clusters/cluster-paths.ts';
import { containerDetailPath } from '../containers/container-paths.ts';

export const OPERATION_LOGS_PAGE_SIZE = 20;

/** How the page names each kind of resource. */
export const RESOURCE_KIND_LABELS: Record<OperationResourceKind, string> = {
  cluster: 'Cluster',
  node: 'Node',
  application: 'Application',
  service: 'Service',
  container: 'Container',
  template: 'Template',
  fault: 'Fault',
  image: 'Image',
  network: 'Network',
  session: 'Session',
  'alarm-rule': 'Alarm Rule',
};

export const kindLabel = (kind: string | undefined): string =>
  kind && Object.hasOwn(RESOURCE_KIND_LABELS, kind)
    ? RESOURCE_KIND_LABELS[kind as OperationResourceKind]
    : (kind ?? '');

/** The page's filters as the URL keeps them. */
export interface OperationLogView {
  page: number;
  resourceKind?: OperationResourceKind;
  result?: OperationResult;
  user?: string;
  /** `datetime-local` values, in the browser's time zone. */
  from?: string;
  to?: string;
  q?: string;
}

const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  (values as readonly string[]).includes(value ?? '') ? (value as T) : undefined;
const text = (value: string | null): string | undefined => value?.trim() || undefined;
const localTime = (value: string | null): string | undefined => (value && LOCAL_TIME.test(value) ? value : undefined);

/** Reads the filters from the URL, dropping what is not a valid value. */
export function readOperationLogView(params: URLSearchParams): OperationLogView {
  const view: OperationLogView = { page: Math.max(1, Math.floor(Number(params.get('page'))) || 1) };
  const resourceKind = oneOf(OPERATION_RESOURCE_KINDS, params.get('kind'));
  const result = oneOf(OPERATION_RESULTS, params.get('result'));
  const user = text(params.get('user'));
  const from = localTime(params.get('from'));
  const to = localTime(params.get('to'));
  const q = text(params.get('q'));
  return {
    ...view,
    ...(resourceKind ? { resourceKind } : {}),
    ...(result ? { result } : {}),
    ...(user ? { user } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(q ? { q } : {}),
  };
}

/** The URL parameters of a view (the defaults left out). */
export function operationLogParams(view: OperationLogView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.page > 1) params.set('page', String(view.page));
  if (view.resourceKind) params.set('kind', view.resourceKind);
  if (view.result) params.set('result', view.result);
  if (view.user) params.set('user', view.user);
  if (view.from) params.set('from', view.from);
  if (view.to) params.set('to', view.to);
  if (view.q) params.set('q', view.q);
  return params;
}

/** A `datetime-local` value as an instant; the end of a range includes its whole minute. */
function instant(local: string, endOfMinute: boolean): string | undefined {
  const ms = new Date(local).getTime();
  if (Number.isNaN(ms)) return undefined;
  return new Date(endOfMinute ? ms + 59_999 : ms).toISOString();
}

/** The API query of a view. */
export function operationLogQuery(view: OperationLogView): OperationLogListQuery {
  const from = view.from ? instant(view.from, false) : undefined;
  const to = view.to ? instant(view.to, true) : undefined;
  return {
    page: view.page,
    pageSize: OPERATION_LOGS_PAGE_SIZE,
    ...(view.resourceKind ? { resourceKind: view.resourceKind } : {}),
    ...(view.result ? { result: view.result } : {}),
    ...(view.user ? { user: view.user } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(view.q ? { q: view.q } : {}),
  };
}

/** Where the console shows a record's resource, when it has a page for that kind. */
export function resourcePath(record: OperationLogDto): string | undefined {
  const id = record.resourceId;
  if (!id) return undefined;
  switch (record.resourceKind) {
    case 'cluster':
      return clusterDetailPath(id);
    case 'node':
      return record.clusterId ? clusterNodesPath(record.clusterId) : undefined;
    case 'application':
      return applicationDetailPath(id);
    case 'service':
      return servicePath(id);
    case 'container':
      return containerDetailPath(id);
    case 'template':
      return `/templates/${encodeURIComponent(id)}`;
    default:
      return undefined;
  }
}

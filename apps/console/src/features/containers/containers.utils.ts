import type { ContainerDto } from '@cs/contracts';
import { CONTAINER_STATES } from '@cs/domain';
import type { ContainerState } from '@cs/domain';

/** How many characters of a 64-hex container ID the Name/ID column shows, as `docker ps` does. */
export const SHORT_ID_LENGTH = 12;

/** `b0dd0dc11540c538…` → its first 12 characters. */
export function shortContainerId(id: string): string {
  return id.slice(0, SHORT_ID_LENGTH);
}

/** `sha256:592a506c4d0c…` → `sha256:592a506c` (the full digest goes in a tooltip). */
export function shortDigest(digest: string): string {
  const [algorithm, hex] = digest.includes(':') ? digest.split(':', 2) : ['', digest];
  const short = (hex ?? '').slice(0, 8);
  return algorithm ? `${algorithm}:${short}` : short;
}

type Port = ContainerDto['status']['ports'][number];

/** Where a published port is reachable: its host IP, or the node's when it listens on every address. */
function reachableIp(port: Port, nodeIp: string): string {
  return port.hostIp && port.hostIp !== '0.0.0.0' ? port.hostIp : nodeIp;
}

/**
 * A port as the Port column writes it: where it is reachable, `172.1.1.100:80`, as the guide shows;
 * a port only exposed to other containers as `80/tcp`.
 */
export function portText(port: Port, nodeIp: string): string {
  if (port.hostPort === null) return `${port.containerPort}/${port.protocol}`;
  return `${reachableIp(port, nodeIp)}:${port.hostPort}`;
}

/** The whole mapping, for the tooltip: `172.1.1.100:32768 → 80/tcp`. */
export function portMappingText(port: Port, nodeIp: string): string {
  if (port.hostPort === null) return `${port.containerPort}/${port.protocol} (exposed to other containers only)`;
  return `${reachableIp(port, nodeIp)}:${port.hostPort} → ${port.containerPort}/${port.protocol}`;
}

/** Stop for a container that runs (or keeps restarting), Start for one that does not. */
export type ContainerSwitch = 'stop' | 'start';

export function containerSwitch(state: ContainerState): ContainerSwitch {
  return state === 'running' || state === 'restarting' || state === 'pulling' ? 'stop' : 'start';
}

/** Why Stop or Start cannot be done to a container in this state, or undefined when it can. */
export function containerSwitchProblem(state: ContainerState): string | undefined {
  if (state === 'lost')
    return 'The node of this container is down; it can be stopped or started when the node is back.';
  if (state === 'removing') return 'The container is being deleted.';
  if (state === 'pulling') return 'The image is still being pulled.';
  return undefined;
}

/** Why a container cannot be deleted now, or undefined when it can. */
export function containerDeleteProblem(state: ContainerState): string | undefined {
  return state === 'removing' ? 'The container is being deleted.' : undefined;
}

/** The 1-based pages of `pageSize` rows that hold rows `first` to `last` (0-based, inclusive). */
export function pagesOfRows(first: number, last: number, pageSize: number): number[] {
  if (last < first || first < 0) return [];
  const pages: number[] = [];
  for (let page = Math.floor(first / pageSize) + 1; page <= Math.floor(last / pageSize) + 1; page++) pages.push(page);
  return pages;
}

const NAME_PARAM = 'containerName';
const STATUS_PARAM = 'containerStatus';

/** A container table's search, as the URL holds it (an unknown status is ignored). */
export function containerSearchFilter(params: URLSearchParams): { name: string; status: ContainerState | undefined } {
  const status = params.get(STATUS_PARAM);
  return {
    name: params.get(NAME_PARAM)?.trim() ?? '',
    status: (CONTAINER_STATES as readonly string[]).includes(status ?? '') ? (status as ContainerState) : undefined,
  };
}

/** The URL's parameters with a container table's new search, the page's other parameters kept. */
export function withContainerSearch(
  params: URLSearchParams,
  search: { name: string; status: ContainerState | undefined },
): URLSearchParams {
  const next = new URLSearchParams(params);
  if (search.name) next.set(NAME_PARAM, search.name);
  else next.delete(NAME_PARAM);
  if (search.status) next.set(STATUS_PARAM, search.status);
  else next.delete(STATUS_PARAM);
  return next;
}

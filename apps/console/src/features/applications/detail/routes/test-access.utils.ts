import type { TestAccessResult } from '@cs/contracts';
import type { ReleaseRole } from '@cs/domain';

/** The colour of a status code's tag: success green, redirects blue, client errors orange, server errors red. */
export function statusTagColor(status: number): string {
  if (status >= 500) return 'red';
  if (status >= 400) return 'orange';
  if (status >= 300) return 'blue';
  return status >= 200 ? 'green' : 'default';
}

/** The release's colours, so a bar of the old version is blue and one of the new green. */
const ROLE_COLORS: Record<ReleaseRole, string> = { blue: '#1677ff', green: '#52c41a', unchanged: '#faad14' };
/** Services outside a release take these in turn. */
const SERVICE_COLORS = ['#1677ff', '#13c2c2', '#722ed1', '#eb2f96', '#fa8c16', '#2f54eb'];
/** Answers no container gave (no route, reloading, no backend). */
export const NO_CONTAINER_COLOR = '#ff4d4f';

export interface ContainerBar {
  containerName: string;
  count: number;
  /** Share of all requests, 0–100. */
  percent: number;
}

export interface ServiceBars {
  serviceName: string;
  color: string;
  count: number;
  containers: ContainerBar[];
}

const share = (count: number, total: number) => (total === 0 ? 0 : Math.round((count / total) * 1000) / 10);

/**
 * The requests each container answered, grouped by service (by name, for a stable order) and
 * coloured by the service's side of a release when it has one.
 */
export function serviceBars(result: TestAccessResult, roles: ReadonlyMap<string, ReleaseRole | null>): ServiceBars[] {
  const groups = new Map<string, ContainerBar[]>();
  for (const c of result.containers) {
    const bars = groups.get(c.serviceName) ?? [];
    bars.push({ containerName: c.containerName, count: c.count, percent: share(c.count, result.total) });
    groups.set(c.serviceName, bars);
  }
  return [...groups]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([serviceName, containers], index) => {
      const role = roles.get(serviceName);
      return {
        serviceName,
        color: role ? ROLE_COLORS[role] : SERVICE_COLORS[index % SERVICE_COLORS.length]!,
        count: containers.reduce((sum, c) => sum + c.count, 0),
        containers: containers.sort((a, b) => a.containerName.localeCompare(b.containerName)),
      };
    });
}

export interface AnswerTag {
  /** The container that answered, or "none". */
  label: string;
  color: string;
}

/** The first answers in order, as tags in their service's colour. */
export function answerTags(result: TestAccessResult, bars: readonly ServiceBars[], limit: number): AnswerTag[] {
  const colorOf = new Map<string, string>();
  for (const group of bars) for (const c of group.containers) colorOf.set(c.containerName, group.color);
  return result.sequence.slice(0, limit).map((name) => ({
    label: name || 'none',
    color: (name && colorOf.get(name)) || NO_CONTAINER_COLOR,
  }));
}

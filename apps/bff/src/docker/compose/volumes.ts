import type { z } from 'zod';
import type { ProjectScope } from './project-scope.ts';
import { map, parsedAs, setMember, text } from './schema-parts.ts';

export interface Bind {
  source: string;
  target: string;
  /** Absent for Docker's default, `rw`. */
  mode?: string;
}

export interface VolumesFrom {
  container: string;
  readOnly: boolean;
}

const absolutePath = text.refine((path) => path.startsWith('/'), 'must be an absolute container path');

/** `source:target[:mode]`, where source is a host path or a volume name. */
function parseBind(spec: string): Bind | undefined {
  const [source, target, mode, ...rest] = spec.split(':');
  if (!source || !target?.startsWith('/') || mode === '' || rest.length > 0) return undefined;
  return mode === undefined || mode === 'rw' ? { source, target } : { source, target, mode };
}

/** `container[:ro|rw]`. */
function parseVolumesFrom(spec: string): VolumesFrom | undefined {
  const [container, mode, ...rest] = spec.split(':');
  if (!container || rest.length > 0 || (mode !== undefined && mode !== 'ro' && mode !== 'rw')) return undefined;
  return { container, readOnly: mode === 'ro' };
}

export const bindSchema = text.transform(parsedAs(parseBind, 'must be source:container_path[:mode]'));
export const volumesFromSchema = text.transform(parsedAs(parseVolumesFrom, 'must be container[:ro|rw]'));
/** `Volumes`: every container path with a volume, bound or anonymous. */
export const containerVolumesSchema = map(setMember.nullish(), absolutePath);

type ContainerVolumes = z.output<typeof containerVolumesSchema>;

const bindEntry = (b: Bind): string => [b.source, b.target, ...(b.mode ? [b.mode] : [])].join(':');

/** Binds as written, then the container volumes no bind covers (anonymous volumes). */
export function composeVolumes(
  binds: readonly Bind[],
  containerVolumes: ContainerVolumes | null | undefined,
): string[] {
  const bound = new Set(binds.map((b) => b.target));
  const anonymous = Object.keys(containerVolumes ?? {}).filter((path) => !bound.has(path));
  return [...new Set([...binds.map(bindEntry), ...anonymous])];
}

/**
 * `volumes_from`: docker-compose sends the source service's containers (by id); one of this project
 * is written as its service, any other as `container:name`.
 */
export function composeVolumesFrom(sources: readonly VolumesFrom[], scope: ProjectScope): string[] {
  const entries = sources.map(({ container, readOnly }) => {
    const service = scope.linkTarget(container);
    const source = service === undefined ? `container:${container}` : service;
    return readOnly ? `${source}:ro` : source;
  });
  return [...new Set(entries)];
}

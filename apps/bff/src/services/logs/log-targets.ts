import { InputError, NotFoundError } from '@cs/domain';
import type { Application, Container, Service } from '@cs/domain';
import type { LogSubjectKind } from '@cs/contracts';
import type { ContainerFilter } from '../../store/container-store.ts';
import type { Store } from '../../store/store.ts';
import { MAX_LOG_CONTAINERS } from './log-bounds.ts';

/** What a log view is of: one container, or the containers of a service or an application. */
export interface LogTarget {
  kind: LogSubjectKind;
  id: string;
  /** What its download is named after. */
  name: string;
  clusterId: string;
  /** Its containers, when it has more than one. */
  filter?: ContainerFilter;
}

/** The containers a read covers: the first by name, and how many there are in all. */
export interface TargetContainers {
  read: Container[];
  /** The first MAX_LOG_CONTAINERS of the target by name: what Filter by Container Name offers. */
  listed: Container[];
  total: number;
}

const WHAT = { containers: 'container', services: 'service', applications: 'application' } as const;

/** The target of `/{kind}/{id}/logs`; NotFoundError for an unknown id. */
export async function findLogTarget(store: Store, kind: LogSubjectKind, id: string): Promise<LogTarget> {
  if (kind === 'containers') {
    const container = await store.containers.get(id);
    return { kind, id, name: container.metadata.name, clusterId: container.spec.clusterId };
  }
  const resource = await store.resources.find<Service | Application>(WHAT[kind], id);
  if (!resource) throw new NotFoundError(WHAT[kind], id);
  const filter = kind === 'services' ? { serviceId: id } : { applicationId: id };
  const name =
    kind === 'services'
      ? `${(resource as Service).spec.applicationName}_${resource.metadata.name}`
      : resource.metadata.name;
  return { kind, id, name, clusterId: resource.spec.clusterId, filter };
}

const belongs = (target: LogTarget, container: Container) =>
  target.kind === 'containers'
    ? container.metadata.id === target.id
    : target.kind === 'services'
      ? container.spec.serviceId === target.id
      : container.spec.applicationId === target.id;

/**
 * The target's containers now, first by name (on the store's indexes), narrowed to the one named
 * `containerName`: an InputError naming `container` when the target has none of that name.
 */
export async function targetContainers(
  store: Store,
  target: LogTarget,
  containerName: string | undefined,
): Promise<TargetContainers> {
  const { items: listed, total } = target.filter
    ? await store.containers.list(target.filter, { page: 1, pageSize: MAX_LOG_CONTAINERS })
    : { items: [await store.containers.get(target.id)], total: 1 };
  if (containerName === undefined) return { read: listed, listed, total };
  const named = await store.containers.resolve(target.clusterId, containerName);
  if (!named || named === 'ambiguous' || named.metadata.name !== containerName || !belongs(target, named))
    throw new InputError([
      { field: 'container', message: `No container of this ${WHAT[target.kind]} is named ${containerName}.` },
    ]);
  return { read: [named], listed, total };
}

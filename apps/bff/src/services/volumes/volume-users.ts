import type { Service, ServiceVolume } from '@cs/domain';
import { chunks } from '../../store/container-store.ts';
import type { Store } from '../../store/store.ts';

/** A named volume a service mounts: OSSFS or local. */
export interface NamedMount {
  name: string;
  driver: 'ossfs' | 'local';
}

/** The named volumes of a service, each once, OSSFS or local. */
export function namedMounts(volumes: readonly ServiceVolume[]): NamedMount[] {
  const seen = new Map<string, NamedMount>();
  for (const v of volumes) {
    if (v.kind !== 'volume' || !v.source || seen.has(v.source)) continue;
    if (v.local || v.driver === 'ossfs') seen.set(v.source, { name: v.source, driver: v.local ? 'local' : 'ossfs' });
  }
  return [...seen.values()];
}

/** The cluster's services with the named volumes each mounts (services mounting none left out). */
export async function servicesMounting(
  store: Store,
  clusterId: string,
): Promise<{ service: Service; mounts: NamedMount[] }[]> {
  const services = await store.resources.listInCluster<Service>('service', clusterId);
  return services.flatMap((service) => {
    const mounts = namedMounts(service.spec.definition.volumes);
    return mounts.length > 0 ? [{ service, mounts }] : [];
  });
}

/** One container's place: which service it runs for, on which node. */
export interface ContainerPlace {
  name: string;
  serviceId: string;
  nodeId: string;
}

/**
 * The containers of these services, on these nodes when given, by name; at most `limit` of them
 * (on the service index, reading three columns, so a page costs the same at 100,000 containers).
 */
export async function containersOf(
  store: Store,
  clusterId: string,
  serviceIds: readonly string[],
  options: { nodeIds?: readonly string[]; limit: number },
): Promise<ContainerPlace[]> {
  const out: ContainerPlace[] = [];
  for (const part of chunks([...serviceIds])) {
    let query = store.database.db
      .selectFrom('containers')
      .select(['name', 'service_id', 'node_id'])
      .where('cluster_id', '=', clusterId)
      .where('service_id', 'in', part);
    if (options.nodeIds) query = query.where('node_id', 'in', [...options.nodeIds]);
    const rows = await query
      .orderBy('sort_key')
      .limit(options.limit - out.length)
      .execute();
    out.push(...rows.map((r) => ({ name: r.name, serviceId: r.service_id, nodeId: r.node_id })));
    if (out.length >= options.limit) break;
  }
  return out;
}

/** How many containers each service has on each node (the service index, grouped in SQL). */
export async function nodesOfServices(
  store: Store,
  clusterId: string,
  serviceIds: readonly string[],
): Promise<{ serviceId: string; nodeId: string; count: number }[]> {
  const out: { serviceId: string; nodeId: string; count: number }[] = [];
  for (const part of chunks([...serviceIds])) {
    const rows = await store.database.db
      .selectFrom('containers')
      .select(['service_id', 'node_id', (eb) => eb.fn.countAll<number | string>().as('n')])
      .where('cluster_id', '=', clusterId)
      .where('service_id', 'in', part)
      .groupBy(['service_id', 'node_id'])
      .execute();
    out.push(...rows.map((r) => ({ serviceId: r.service_id, nodeId: r.node_id, count: Number(r.n) })));
  }
  return out;
}

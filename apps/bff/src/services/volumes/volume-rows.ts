import { localMountPoint, ossfsMountPoint, volumeParametersText } from '@cs/domain';
import type { DataVolume, Node } from '@cs/domain';
import type { VolumeList, VolumeRowDto } from '@cs/contracts';
import type { Store } from '../../store/store.ts';
import { containersOf, nodesOfServices, servicesMounting } from './volume-users.ts';

/** A row names at most this many of its containers (containerCount says how many there are). */
const NAMES_PER_ROW = 10;
/** At most this many containers are read for one page's Container column (their names). */
const CONTAINERS_READ = 2_000;

interface RowKey {
  name: string;
  driver: 'ossfs' | 'local';
  nodeId: string;
  volume?: DataVolume;
}

const keyOf = (k: { name: string; driver: string; nodeId: string }) => `${k.driver}\u0000${k.name}\u0000${k.nodeId}`;

/**
 * The Data Volume List of a cluster: each OSSFS volume on every node (derived, so a node that joins
 * later has it too), then each local named volume on the nodes where containers mounting it run.
 * OSSFS rows are paged by arithmetic; local rows come from the containers grouped in SQL by service
 * and node, so the cost follows the volumes and nodes, not the containers.
 */
export async function volumeRows(
  store: Store,
  clusterId: string,
  query: { name?: string; page: number; pageSize: number },
): Promise<VolumeList> {
  const needle = query.name?.toLowerCase();
  const matches = (name: string) => !needle || name.toLowerCase().includes(needle);
  const nodes = (await store.resources.listInScope<Node>('node', clusterId)).sort(
    (a, b) => a.spec.index - b.spec.index,
  );
  const nodeIndex = new Map(nodes.map((n, i) => [n.metadata.id, i]));
  const nodeName = new Map(nodes.map((n) => [n.metadata.id, n.metadata.name]));
  const volumes = (await store.resources.listInScope<DataVolume>('volume', clusterId))
    .filter((v) => matches(v.metadata.name))
    .sort((a, b) => a.metadata.name.localeCompare(b.metadata.name));
  const users = await servicesMounting(store, clusterId);

  const relevant = users.filter((u) => u.mounts.some((m) => matches(m.name)));
  const mountsOf = new Map(users.map((u) => [u.service.metadata.id, u.mounts]));
  const local = new Map<string, RowKey>();
  const counts = new Map<string, number>();
  for (const { serviceId, nodeId, count } of await nodesOfServices(
    store,
    clusterId,
    relevant.map((u) => u.service.metadata.id),
  )) {
    for (const m of mountsOf.get(serviceId) ?? []) {
      if (!matches(m.name)) continue;
      const key = keyOf({ ...m, nodeId });
      counts.set(key, (counts.get(key) ?? 0) + count);
      if (m.driver === 'local') local.set(key, { ...m, nodeId });
    }
  }
  const localRows = [...local.values()].sort(
    (a, b) =>
      a.name.localeCompare(b.name) || (nodeIndex.get(a.nodeId) ?? Infinity) - (nodeIndex.get(b.nodeId) ?? Infinity),
  );

  const ossfsCount = volumes.length * nodes.length;
  const total = ossfsCount + localRows.length;
  const start = (query.page - 1) * query.pageSize;
  const keys: RowKey[] = [];
  for (let i = start; i < Math.min(total, start + query.pageSize); i++) {
    if (i < ossfsCount) {
      const volume = volumes[Math.floor(i / nodes.length)]!;
      keys.push({ name: volume.metadata.name, driver: 'ossfs', nodeId: nodes[i % nodes.length]!.metadata.id, volume });
    } else keys.push(localRows[i - ossfsCount]!);
  }

  const onPage = new Set(keys.map(keyOf));
  const pageNames = new Set(keys.map((k) => k.name));
  const serviceIds = users.filter((u) => u.mounts.some((m) => pageNames.has(m.name))).map((u) => u.service.metadata.id);
  const containers =
    keys.length === 0 || serviceIds.length === 0
      ? []
      : await containersOf(store, clusterId, serviceIds, {
          nodeIds: [...new Set(keys.map((k) => k.nodeId))],
          limit: CONTAINERS_READ,
        });
  const byRow = new Map<string, string[]>();
  for (const c of containers)
    for (const m of mountsOf.get(c.serviceId) ?? []) {
      const key = keyOf({ ...m, nodeId: c.nodeId });
      const names = byRow.get(key) ?? [];
      if (onPage.has(key) && names.length < NAMES_PER_ROW) byRow.set(key, [...names, c.name]);
    }

  const items = keys.map((k): VolumeRowDto => {
    const names = byRow.get(keyOf(k)) ?? [];
    const node = nodeName.get(k.nodeId) ?? k.nodeId;
    return {
      clusterId,
      nodeId: k.nodeId,
      nodeName: node,
      name: k.name,
      displayName: k.driver === 'local' ? `${node}/${k.name}` : k.name,
      driver: k.driver,
      mountPoint: k.driver === 'ossfs' ? ossfsMountPoint(k.name) : localMountPoint(k.name),
      containers: names,
      containerCount: counts.get(keyOf(k)) ?? names.length,
      parameters: k.volume ? volumeParametersText(k.volume.spec) : '',
      volumeId: k.volume?.metadata.id ?? null,
    };
  });
  return { items, total };
}

import { InputError, OSSFS_DRIVER } from '@cs/domain';
import type { DataVolume, ServiceDefinition } from '@cs/domain';
import type { Store } from '../../store/store.ts';

type Planned = { name: string; definition: ServiceDefinition };

/**
 * Binds a template's named volumes to the OSSFS data volumes of the application's cluster: a name
 * of an OSSFS volume there mounts it (the guide's `test:/testvolume:rw`), and one given the `ossfs`
 * driver must be there ("The cluster of the application must be the same with that of the OSSFS
 * data volume"). Other named volumes stay local to their node.
 */
export async function bindDataVolumes(
  store: Store,
  clusterId: string,
  planned: readonly Planned[],
): Promise<Planned[]> {
  if (!planned.some((p) => p.definition.volumes.some((v) => v.kind === 'volume'))) return [...planned];
  const volumes = await store.resources.listInScope<DataVolume>('volume', clusterId);
  const ossfs = new Set(volumes.map((v) => v.metadata.name));
  return planned.map((p) => {
    const bound = p.definition.volumes.map((v) => {
      if (v.kind !== 'volume' || !v.source) return v;
      if (v.driver === OSSFS_DRIVER && !ossfs.has(v.source))
        throw new InputError([
          {
            field: 'template',
            message: `Service ${p.name} mounts the OSSFS data volume ${v.source}, which does not exist in the application's cluster: the cluster of the application must be the same with that of the OSSFS data volume. Create it in Data Volumes first.`,
          },
        ]);
      return v.driver === undefined && ossfs.has(v.source) ? { ...v, local: false, driver: OSSFS_DRIVER } : v;
    });
    return { ...p, definition: { ...p.definition, volumes: bound } };
  });
}

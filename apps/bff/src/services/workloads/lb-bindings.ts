import { lbOfLabels } from '@cs/compose';
import { InputError } from '@cs/domain';
import type { Cluster, Service, ServiceDefinition } from '@cs/domain';
import type { Store } from '../../store/store.ts';

/** The Server Load Balancer a name or ID names in a region, if there is one. */
export type ResolveSlb = (region: string, nameOrId: string) => Promise<{ id: string; name: string } | undefined>;

/** At most this many services of the cluster are read to find who holds an instance. */
const SERVICES_READ = 5_000;

/**
 * The guide's constraints on `aliyun.lb.port_N` that one template cannot check alone: the instance
 * exists in the cluster's region, and no service of another application uses it ("several services
 * cannot share and use the same Server Load Balancer instance"; a blue-green release's versions,
 * being one application, share it).
 */
export async function checkLbBindings(
  store: Store,
  resolve: ResolveSlb,
  cluster: Cluster,
  applicationId: string | null,
  planned: readonly { name: string; definition: ServiceDefinition }[],
): Promise<void> {
  const wanted = planned.flatMap((p) =>
    lbOfLabels(p.definition.labels, p.definition.ports).map((rule) => ({ service: p.name, rule })),
  );
  if (wanted.length === 0) return;
  const region = cluster.spec.region;
  const resolved = new Map<string, { id: string; name: string }>();
  for (const { service, rule } of wanted) {
    const found = resolved.get(rule.instance) ?? (await resolve(region, rule.instance));
    if (!found)
      throw new InputError([
        {
          field: 'template',
          message: `Server Load Balancer ${rule.instance} (${rule.label} of service ${service}) does not exist in ${region}: create it in Server Load Balancer > Instances, then use its name or ID.`,
        },
      ]);
    resolved.set(rule.instance, found);
  }
  const others = await store.resources.list<Service>('service', {
    clusterId: cluster.metadata.id,
    page: 1,
    pageSize: SERVICES_READ,
  });
  for (const other of others.items) {
    if (other.spec.applicationId === applicationId || other.status.phase === 'Deleting') continue;
    for (const rule of lbOfLabels(other.spec.definition.labels, other.spec.definition.ports)) {
      const held = [...resolved.values()].find((slb) => slb.id === rule.instance || slb.name === rule.instance);
      if (held)
        throw new InputError([
          {
            field: 'template',
            message: `Server Load Balancer ${held.name} is already used by service ${other.spec.applicationName}_${other.metadata.name}: several services cannot share and use the same Server Load Balancer instance.`,
          },
        ]);
    }
  }
}

import { lbOfLabels } from '@cs/compose';
import { serviceFullName } from '@cs/domain';
import type { Cluster, Container, LoadBalancer, Node, Service } from '@cs/domain';
import type { BackendServerDto, BackendServerList } from '@cs/contracts';
import type { Store } from '../../store/store.ts';

/** The most rows one instance's Backend servers list looks at. */
export const MAX_BACKEND_SERVERS = 500;

function health(container: Container): BackendServerDto['health'] {
  if (container.status.phase !== 'running' || container.status.health === 'Unhealthy') return 'Abnormal';
  return container.status.health === 'Initial' ? 'Initial' : 'Normal';
}

/**
 * Backend servers: the nodes bound by services whose `aliyun.lb.port_*` labels name the instance
 * (by name or id), one row per container and mapping, at most MAX_BACKEND_SERVERS of them.
 */
export async function backendServersOf(
  store: Store,
  lb: LoadBalancer,
  page: { page: number; pageSize: number },
): Promise<BackendServerList> {
  const names = new Set([lb.metadata.id, lb.metadata.name]);
  const rows: BackendServerDto[] = [];
  let truncated = false;
  const clusters = await store.resources.listInScope<Cluster>('cluster', lb.spec.region);
  for (const cluster of clusters) {
    if (truncated) break;
    const services = await store.resources.listInCluster<Service>('service', cluster.metadata.id);
    const bound = new Map(
      services.flatMap((s) => {
        const { labels, ports } = s.spec.definition;
        const mappings = lbOfLabels(labels, ports).filter((m) => names.has(m.instance));
        return mappings.length > 0 ? [[s.metadata.id, { service: s, mappings }] as const] : [];
      }),
    );
    if (bound.size === 0) continue;
    const nodes = await store.resources.listInScope<Node>('node', cluster.metadata.id);
    const nodeName = new Map(nodes.map((n) => [n.metadata.id, n.metadata.name]));
    const containers = await store.containers.listNewest(cluster.metadata.id, {
      serviceIds: [...bound.keys()],
      limit: MAX_BACKEND_SERVERS + 1,
    });
    for (const container of containers) {
      const { service, mappings } = bound.get(container.spec.serviceId)!;
      for (const m of mappings) {
        if (rows.length === MAX_BACKEND_SERVERS) {
          truncated = true;
          break;
        }
        const protocol = m.scheme === 'udp' ? 'udp' : 'tcp';
        const port = container.status.ports.find((p) => p.containerPort === m.containerPort && p.protocol === protocol);
        rows.push({
          nodeId: container.spec.nodeId,
          nodeName: nodeName.get(container.spec.nodeId) ?? container.spec.nodeId,
          nodeIp: container.status.nodeIp,
          hostPort: port?.hostPort ?? null,
          frontPort: m.frontPort,
          scheme: m.scheme,
          clusterId: cluster.metadata.id,
          serviceId: service.metadata.id,
          serviceName: serviceFullName(service.spec.applicationName, service.metadata.name),
          containerName: container.metadata.name,
          health: health(container),
        });
      }
      if (truncated) break;
    }
  }
  const start = (page.page - 1) * page.pageSize;
  return { items: rows.slice(start, start + page.pageSize), total: rows.length, truncated };
}

import { lbOfLabels, routingOfLabels } from '@cs/compose';
import { defaultRootDomain, routeHost } from '@cs/domain';
import type { Cluster, Service } from '@cs/domain';

/** Where a service is reached: a domain of simple routing, or a Server Load Balancer front port. */
export type ServiceEndpoint =
  | { kind: 'routing'; containerPort: number; scheme: 'http' | 'https'; host: string; contextPath: string | null }
  | {
      kind: 'lb';
      containerPort: number;
      scheme: 'tcp' | 'http' | 'https' | 'udp';
      /** The instance's name or ID as the label writes it. */
      slb: string;
      frontPort: number;
      hostPort: number | null;
    };

/** The endpoints a service's `aliyun.routing.port_N` and `aliyun.lb.port_N` labels give it. */
export function serviceEndpoints(service: Service, cluster: Pick<Cluster, 'metadata' | 'spec'>): ServiceEndpoint[] {
  const { labels, ports } = service.spec.definition;
  const suffix =
    service.spec.routingSuffix ?? defaultRootDomain({ id: cluster.metadata.id, region: cluster.spec.region });
  const endpoints: ServiceEndpoint[] = [];
  for (const rule of routingOfLabels(labels).rules)
    for (const domain of rule.domains)
      endpoints.push({
        kind: 'routing',
        containerPort: rule.containerPort,
        scheme: domain.scheme,
        host: routeHost(domain, suffix),
        contextPath: domain.contextPath ?? null,
      });
  for (const rule of lbOfLabels(labels, ports))
    endpoints.push({
      kind: 'lb',
      containerPort: rule.containerPort,
      scheme: rule.scheme,
      slb: rule.instance,
      frontPort: rule.frontPort,
      hostPort: rule.hostPort ?? null,
    });
  return endpoints;
}

/** `http://nginx.example.com/` or `tcp://slb_redis_app:6379`. */
export function endpointUrl(endpoint: ServiceEndpoint): string {
  return endpoint.kind === 'routing'
    ? `${endpoint.scheme}://${endpoint.host}${endpoint.contextPath ?? '/'}`
    : `${endpoint.scheme}://${endpoint.slb}:${endpoint.frontPort}`;
}

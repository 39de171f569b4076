import { DEFAULT_SERVICE_WEIGHT, releaseRoleOf } from '@cs/domain';
import type { Application, Cluster, Service } from '@cs/domain';
import type { ServiceRoute } from '@cs/contracts';
import type { ServiceWeight } from '../store/service-weight-store.ts';
import { sessionStickyOf } from '@cs/domain';
import { endpointUrl, serviceEndpoints } from './service-endpoints.ts';

export interface RoutesInput {
  application: Application;
  cluster: Cluster;
  services: readonly Service[];
  /** Ready containers by service id. */
  backends: ReadonlyMap<string, number>;
  weights: ReadonlyMap<string, ServiceWeight>;
}

/** The application's endpoints, service by service, as its Routes tab lists them. */
export function applicationRoutes(input: RoutesInput): ServiceRoute[] {
  return input.services.flatMap((service) => {
    const common = {
      serviceId: service.metadata.id,
      serviceName: service.metadata.name,
      weight: input.weights.get(service.metadata.id)?.weight ?? DEFAULT_SERVICE_WEIGHT,
      releaseRole: releaseRoleOf(input.application.spec.release, service.metadata.name),
      backends: input.backends.get(service.metadata.id) ?? 0,
    };
    return serviceEndpoints(service, input.cluster).map((endpoint): ServiceRoute => ({
      ...common,
      kind: endpoint.kind,
      containerPort: endpoint.containerPort,
      scheme: endpoint.scheme,
      host: endpoint.kind === 'routing' ? endpoint.host : null,
      contextPath: endpoint.kind === 'routing' ? endpoint.contextPath : null,
      slb: endpoint.kind === 'lb' ? endpoint.slb : null,
      frontPort: endpoint.kind === 'lb' ? endpoint.frontPort : null,
      hostPort: endpoint.kind === 'lb' ? endpoint.hostPort : null,
      endpoint: endpointUrl(endpoint),
      sessionSticky: endpoint.kind === 'routing' && sessionStickyOf(service.spec.definition.labels),
    }));
  });
}

import type { Service, ServiceDefinition } from '@cs/domain';
import type { HostPort, PlacementRequest, ServiceRules } from '../scheduler/types.ts';

/** The fixed host ports every container of the definition holds ("80:80", ranges expanded; host mode: every port). */
export function fixedHostPorts(definition: ServiceDefinition): HostPort[] {
  const ports: HostPort[] = [];
  const host = definition.networkMode === 'host';
  for (const p of definition.ports) {
    const first = p.hostPort ?? (host ? p.containerPort : undefined);
    if (first === undefined) continue;
    for (let i = 0; i < p.count; i++) ports.push({ protocol: p.protocol, port: first + i });
  }
  if (host)
    for (const e of definition.expose)
      for (let i = 0; i < e.count; i++) ports.push({ protocol: e.protocol, port: e.port + i });
  return ports;
}

/** What the scheduler needs of a service. */
export function serviceRules(service: Service): ServiceRules {
  return definitionRules(service.spec.applicationName, service.metadata.name, service.spec.definition);
}

/** What the scheduler needs of a service of application `application` defined by `d` (deployed or not). */
export function definitionRules(application: string, service: string, d: ServiceDefinition): ServiceRules {
  return {
    application,
    service,
    image: d.image ?? '',
    hostPorts: fixedHostPorts(d),
    constraints: d.constraints,
    affinities: d.affinities,
    global: d.global,
    ...(d.cpuShares !== null ? { cpuShares: d.cpuShares } : {}),
    ...(d.memLimit !== null ? { memoryBytes: d.memLimit } : {}),
    ...(d.networkMode ? { networkMode: d.networkMode } : {}),
    ...(d.availability ? { availability: d.availability } : {}),
    ...(d.reschedule ? { reschedule: d.reschedule } : {}),
  };
}

/** A placement request for `count` new containers of the service. */
export function placementRequest(
  service: Service,
  count: number,
  excludeNodes: readonly string[] = [],
): PlacementRequest {
  return requestFor(serviceRules(service), count, excludeNodes);
}

/** A placement request for `count` containers of a service with these rules. */
export function requestFor(rules: ServiceRules, count: number, excludeNodes: readonly string[] = []): PlacementRequest {
  const { reschedule: _policy, ...placement } = rules;
  return { ...placement, count, excludeNodes };
}

import { isReadyContainer } from '@cs/domain';
import type { Container } from '@cs/domain';

/** A container in a backend set: running and not unhealthy. */
export interface RoutedServer {
  id: string;
  name: string;
  hostname: string;
  image: string;
  address: string;
  nodeIp: string;
}

/** The backend sets of services, from their running containers: those not Unhealthy, nor stopped by the operator. */
export function backendSets(
  serviceIds: readonly string[],
  containers: readonly Container[],
): Map<string, RoutedServer[]> {
  const sets = new Map<string, RoutedServer[]>(serviceIds.map((id) => [id, []]));
  for (const c of containers) {
    if (!isReadyContainer(c.status) || c.spec.desiredState !== 'running') continue;
    sets.get(c.spec.serviceId)?.push({
      id: c.metadata.id,
      name: c.metadata.name,
      hostname: c.spec.hostname,
      image: c.spec.image,
      address: c.status.containerIp,
      nodeIp: c.status.nodeIp,
    });
  }
  // Oldest first, as containers are numbered: the same order on every read keeps round-robin fair.
  for (const servers of sets.values()) servers.sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
  return sets;
}

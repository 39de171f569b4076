import type { Container, Service, ServiceProbe } from '@cs/domain';
import { logSubjectOf } from '@cs/simulator';
import type { LogSubject } from '@cs/simulator';
import type { Store } from '../../store/store.ts';

/**
 * Makes the log subjects of containers: each with its service's health check (a probe writes
 * lines of its own), each service read once however many of its containers are asked for.
 */
export function logSubjects(store: Store): (container: Container) => Promise<LogSubject> {
  const probes = new Map<string, Promise<ServiceProbe | null>>();
  const probeOf = (serviceId: string) => {
    let probe = probes.get(serviceId);
    if (!probe) {
      probe = store.resources
        .find<Service>('service', serviceId)
        .then((service) => service?.spec.definition.probe ?? null);
      probes.set(serviceId, probe);
    }
    return probe;
  };
  return async (container) => logSubjectOf(container, await probeOf(container.spec.serviceId));
}

import type { Store } from '../../store/store.ts';
import { CertificateService } from './certificate-service.ts';
import { ListenerService } from './listener-service.ts';
import { LoadBalancerService } from './load-balancer-service.ts';
import type { LoadBalancerServiceOptions } from './load-balancer-service.ts';

/** The Server Load Balancer console's services, built together. */
export function createLoadBalancerServices(store: Store, now: () => number, options: LoadBalancerServiceOptions = {}) {
  return {
    instances: new LoadBalancerService(store, now, options),
    listeners: new ListenerService(store),
    certificates: new CertificateService(store, now),
  };
}

export type LoadBalancerServices = ReturnType<typeof createLoadBalancerServices>;

import type { CertificateListQuery, LoadBalancerListQuery } from '@cs/contracts';

/** Query keys of Server Load Balancer instances; any write of one makes `all()` stale. */
export const loadBalancerKeys = {
  all: () => ['load-balancers'] as const,
  list: (query: LoadBalancerListQuery) => ['load-balancers', 'list', query] as const,
  detail: (id: string) => ['load-balancers', 'detail', id] as const,
  backendServers: (id: string, page: number) => ['load-balancers', 'detail', id, 'backend-servers', page] as const,
};

/** Query keys of certificates. */
export const certificateKeys = {
  all: () => ['certificates'] as const,
  list: (query: CertificateListQuery) => ['certificates', 'list', query] as const,
};

import type { RouteObject } from 'react-router';

/** The Server Load Balancer console: Instances, an instance's Manage page, and Certificates; each loads when first visited. */
export const loadBalancerRoutes: RouteObject[] = [
  {
    path: '/load-balancers',
    handle: { title: 'Server Load Balancer' },
    lazy: async () => ({ Component: (await import('./LoadBalancerListPage.tsx')).LoadBalancerListPage }),
  },
  {
    path: '/load-balancers/certificates',
    handle: { title: 'Certificates' },
    lazy: async () => ({ Component: (await import('./CertificatesPage.tsx')).CertificatesPage }),
  },
  {
    path: '/load-balancers/:id',
    handle: { title: 'Server Load Balancer' },
    lazy: async () => ({ Component: (await import('./LoadBalancerDetailPage.tsx')).LoadBalancerDetailPage }),
  },
];

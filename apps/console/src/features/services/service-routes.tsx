import type { RouteObject } from 'react-router';

/** The Services pages, a node's containers and the simulation panel; each loads when first visited. */
export const serviceRoutes: RouteObject[] = [
  {
    path: '/services',
    handle: { title: 'Service List' },
    lazy: async () => ({
      Component: (await import('./list/ServiceListPage.tsx')).ServiceListPage,
    }),
  },
  {
    path: '/services/:id',
    handle: { title: 'Service Details' },
    lazy: async () => ({
      Component: (await import('./detail/ServiceDetailPage.tsx')).ServiceDetailPage,
    }),
  },
  {
    path: '/containers/:id',
    handle: { title: 'Container' },
    lazy: async () => ({
      Component: (await import('../containers/detail/ContainerDetailPage.tsx')).ContainerDetailPage,
    }),
  },
  {
    path: '/nodes/:nodeId/containers',
    handle: { title: 'Node Containers' },
    lazy: async () => ({
      Component: (await import('../containers/NodeContainersPage.tsx')).NodeContainersPage,
    }),
  },
  {
    path: '/simulation',
    handle: { title: 'Simulation' },
    lazy: async () => ({
      Component: (await import('../simulation/SimulationPage.tsx')).SimulationPage,
    }),
  },
];

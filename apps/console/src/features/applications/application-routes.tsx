import type { RouteObject } from 'react-router';

/** The Applications pages (list, create, details, update); each loads when first visited. */
export const applicationRoutes: RouteObject[] = [
  {
    path: '/applications',
    handle: { title: 'Application List' },
    lazy: async () => ({
      Component: (await import('./list/ApplicationListPage.tsx')).ApplicationListPage,
    }),
  },
  {
    path: '/applications/create',
    handle: { title: 'Create Application' },
    lazy: async () => ({
      Component: (await import('./create/ApplicationCreatePage.tsx')).ApplicationCreatePage,
    }),
  },
  {
    path: '/applications/:id',
    handle: { title: 'Application Details' },
    lazy: async () => ({
      Component: (await import('./detail/ApplicationDetailPage.tsx')).ApplicationDetailPage,
    }),
  },
  {
    path: '/applications/:id/update',
    handle: { title: 'Update Application' },
    lazy: async () => ({
      Component: (await import('./update/ApplicationUpdatePage.tsx')).ApplicationUpdatePage,
    }),
  },
];

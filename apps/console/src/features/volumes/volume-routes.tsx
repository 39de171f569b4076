import type { RouteObject } from 'react-router';

/** Data Volumes: the Data Volume List of a cluster; it loads when first visited. */
export const volumeRoutes: RouteObject[] = [
  {
    path: '/volumes',
    handle: { title: 'Data Volume List' },
    lazy: async () => ({ Component: (await import('./VolumeListPage.tsx')).VolumeListPage }),
  },
];

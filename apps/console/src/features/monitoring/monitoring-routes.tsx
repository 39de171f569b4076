import type { RouteObject } from 'react-router';

/** The Monitor pages of nodes, clusters and services; each loads (with the charts) when first visited. */
export const monitoringRoutes: RouteObject[] = [
  {
    path: '/nodes/:nodeId/monitor',
    handle: { title: 'Node Monitor' },
    lazy: async () => ({ Component: (await import('./NodeMonitorPage.tsx')).NodeMonitorPage }),
  },
  {
    path: '/clusters/:id/monitor',
    handle: { title: 'Cluster Monitor' },
    lazy: async () => ({ Component: (await import('./ClusterMonitorPage.tsx')).ClusterMonitorPage }),
  },
  {
    path: '/clusters/:id/monitor/alarm-rules',
    handle: { title: 'Container Service Alarm Rule list' },
    lazy: async () => ({
      Component: (await import('../clusters/node-scaling/NodeScalingAlarmRulesPage.tsx')).NodeScalingAlarmRulesPage,
    }),
  },
  {
    path: '/services/:id/monitor',
    handle: { title: 'Service Monitor' },
    lazy: async () => ({ Component: (await import('./ServiceMonitorPage.tsx')).ServiceMonitorPage }),
  },
];

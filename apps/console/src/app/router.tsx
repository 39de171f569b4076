import { createBrowserRouter } from 'react-router';
import type { RouteObject } from 'react-router';
import type { QueryClient } from '@tanstack/react-query';
import { FullPageSpin } from '../components/FullPageSpin.tsx';
import { NOT_BUILT_PAGES } from '../features/placeholder/not-built-pages.ts';
import { applicationRoutes } from '../features/applications/application-routes.tsx';
import { serviceRoutes } from '../features/services/service-routes.tsx';
import { monitoringRoutes } from '../features/monitoring/monitoring-routes.tsx';
import { alarmRoutes } from '../features/alarms/alarm-routes.tsx';
import { loadBalancerRoutes } from '../features/load-balancers/load-balancer-routes.tsx';
import { volumeRoutes } from '../features/volumes/volume-routes.tsx';
import { operationLogRoutes } from '../features/operation-logs/operation-log-routes.tsx';
import { SIGN_IN_PATH } from '../features/auth/auth.utils.ts';
import { AppLayout } from './AppLayout.tsx';
import { ConsoleRoot } from './ConsoleRoot.tsx';
import { RouteError } from './RouteError.tsx';
import { redirectSignedIn, requireSession } from './session-loaders.ts';

/** The pages inside the signed-in layout; each page's code loads when it is first visited. */
const consolePages: RouteObject[] = [
  {
    index: true,
    handle: { title: 'Overview' },
    lazy: async () => ({ Component: (await import('../features/overview/OverviewPage.tsx')).OverviewPage }),
  },
  {
    path: '/clusters',
    handle: { title: 'Cluster List' },
    lazy: async () => ({
      Component: (await import('../features/clusters/list/ClusterListPage.tsx')).ClusterListPage,
    }),
  },
  {
    path: '/clusters/create',
    handle: { title: 'Create Cluster' },
    lazy: async () => ({
      Component: (await import('../features/clusters/create/ClusterCreatePage.tsx')).ClusterCreatePage,
    }),
  },
  {
    path: '/clusters/:id',
    handle: { title: 'Cluster Details' },
    lazy: async () => ({
      Component: (await import('../features/clusters/detail/ClusterDetailPage.tsx')).ClusterDetailPage,
    }),
  },
  {
    path: '/clusters/:id/logs',
    handle: { title: 'Cluster Logs' },
    lazy: async () => ({
      Component: (await import('../features/clusters/logs/ClusterLogsPage.tsx')).ClusterLogsPage,
    }),
  },
  {
    path: '/nodes',
    handle: { title: 'Node List' },
    lazy: async () => ({ Component: (await import('../features/nodes/NodeListPage.tsx')).NodeListPage }),
  },
  {
    path: '/images',
    handle: { title: 'Docker Images' },
    lazy: async () => ({ Component: (await import('../features/images/ImageListPage.tsx')).ImageListPage }),
  },
  {
    path: '/templates',
    handle: { title: 'Orchestration Templates' },
    lazy: async () => ({
      Component: (await import('../features/templates/list/TemplateListPage.tsx')).TemplateListPage,
    }),
  },
  {
    path: '/templates/create',
    handle: { title: 'Create Template' },
    lazy: async () => ({
      Component: (await import('../features/templates/form/TemplateCreatePage.tsx')).TemplateCreatePage,
    }),
  },
  {
    path: '/templates/:id',
    handle: { title: 'Template Details' },
    lazy: async () => ({
      Component: (await import('../features/templates/detail/TemplateDetailPage.tsx')).TemplateDetailPage,
    }),
  },
  {
    path: '/templates/:id/edit',
    handle: { title: 'Edit Template' },
    lazy: async () => ({
      Component: (await import('../features/templates/form/TemplateEditPage.tsx')).TemplateEditPage,
    }),
  },
  ...applicationRoutes,
  ...serviceRoutes,
  ...monitoringRoutes,
  ...alarmRoutes,
  ...loadBalancerRoutes,
  ...volumeRoutes,
  ...operationLogRoutes,
  ...NOT_BUILT_PAGES.map(({ path, title, description }): RouteObject => ({
    path,
    handle: { title },
    lazy: async () => {
      const { NotBuiltPage } = await import('../features/placeholder/NotBuiltPage.tsx');
      return { element: <NotBuiltPage title={title} description={description} /> };
    },
  })),
  {
    path: '/getting-started',
    handle: { title: 'Getting Started' },
    lazy: async () => ({
      Component: (await import('../features/getting-started/GettingStartedPage.tsx')).GettingStartedPage,
    }),
  },
  {
    path: '*',
    handle: { title: 'Page Not Found' },
    lazy: async () => ({ Component: (await import('./NotFoundPage.tsx')).NotFoundPage }),
  },
];

export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      Component: ConsoleRoot,
      errorElement: <RouteError />,
      HydrateFallback: FullPageSpin,
      children: [
        {
          path: SIGN_IN_PATH,
          handle: { title: 'Sign In' },
          loader: redirectSignedIn(queryClient),
          lazy: async () => ({ Component: (await import('../features/auth/SignInPage.tsx')).SignInPage }),
        },
        {
          loader: requireSession(queryClient),
          Component: AppLayout,
          // Errors of a page show inside the layout, so the navigation stays usable.
          children: [{ errorElement: <RouteError />, children: consolePages }],
        },
      ],
    },
  ];
}

export function createAppRouter(queryClient: QueryClient) {
  return createBrowserRouter(createRoutes(queryClient));
}

export type AppRouter = ReturnType<typeof createAppRouter>;

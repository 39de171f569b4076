import type { RouteObject } from 'react-router';

/** The Operation Logs page of the left navigation; it loads when first visited. */
export const operationLogRoutes: RouteObject[] = [
  {
    path: '/operation-logs',
    handle: { title: 'Operation Logs' },
    lazy: async () => ({ Component: (await import('./OperationLogsPage.tsx')).OperationLogsPage }),
  },
];

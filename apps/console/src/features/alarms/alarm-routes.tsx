import type { RouteObject } from 'react-router';

/** The Alarm rules page (and New Alarm Rule, `?new=1`); it loads when first visited. */
export const alarmRoutes: RouteObject[] = [
  {
    path: '/alarms',
    handle: { title: 'Alarm rules' },
    lazy: async () => ({ Component: (await import('./AlarmRulesPage.tsx')).AlarmRulesPage }),
  },
];

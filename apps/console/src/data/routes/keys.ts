import { applicationKeys } from '../applications/keys.ts';

/**
 * Query keys of routes. They start with `applicationKeys.all()`: the watch stream invalidates that
 * whenever a service or container of an application changes, so the backends and release tags of
 * the Routes tab stay live.
 */
export const routeKeys = {
  application: (applicationId: string) => [...applicationKeys.all(), applicationId, 'routes'] as const,
};

import type { ProxiedService } from './discovery.ts';
import type { ProxyEnvironment } from './environment.ts';

/** What follows a `server` line's address: HEALTH_CHECK then EXTRA_ROUTE_SETTINGS, the service's over the proxy's. */
export function routeSettings(env: ProxyEnvironment, service: ProxiedService | undefined): string {
  const healthCheck = service?.settings.healthCheck ?? env.healthCheck;
  const extra = service?.settings.extraRouteSettings || env.extraRouteSettings;
  return [healthCheck, extra].filter((part) => part !== '').join(' ');
}

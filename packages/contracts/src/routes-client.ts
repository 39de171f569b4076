import type { Requester } from './client.ts';
import {
  ApplicationRoutesSchema,
  ProxyConfigurationSchema,
  SetServiceWeightsResultSchema,
  TestAccessResultSchema,
} from './routes.ts';
import type { SetServiceWeightsRequest, TestAccessRequest } from './routes.ts';
import { ApplicationSchema } from './applications.ts';

const applicationPath = (id: string, rest: string) => `/applications/${encodeURIComponent(id)}/${rest}`;

/** The client's methods for routes, service weights, blue-green releases and test access. */
export function routeMethods(request: Requester) {
  return {
    getApplicationRoutes: (id: string, signal?: AbortSignal) =>
      request('GET', applicationPath(id, 'routes'), { schema: ApplicationRoutesSchema, signal }),
    setServiceWeights: (id: string, body: SetServiceWeightsRequest) =>
      request('PUT', applicationPath(id, 'routes/weights'), { body, schema: SetServiceWeightsResultSchema }),
    /** Confirm Release Completion: the old version's services are deleted. */
    confirmRelease: (id: string) =>
      request('POST', applicationPath(id, 'release/confirm'), { body: {}, schema: ApplicationSchema }),
    /** Rollback of a blue-green release: the new version's services are deleted. */
    rollbackRelease: (id: string) =>
      request('POST', applicationPath(id, 'release/rollback'), { body: {}, schema: ApplicationSchema }),
    /** The HAProxy configuration of an acs/proxy service (404 for any other service). */
    getProxyConfig: (serviceId: string, signal?: AbortSignal) =>
      request('GET', `/services/${encodeURIComponent(serviceId)}/proxy-config`, {
        schema: ProxyConfigurationSchema,
        signal,
      }),
    testAccess: (clusterId: string, body: TestAccessRequest) =>
      request('POST', `/clusters/${encodeURIComponent(clusterId)}/test-access`, {
        body,
        schema: TestAccessResultSchema,
      }),
  };
}

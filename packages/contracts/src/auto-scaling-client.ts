import type { Requester } from './client.ts';
import { AutoScalingStatusSchema, ReplayResultSchema } from './auto-scaling.ts';
import type { ReplayRequest } from './auto-scaling.ts';

const servicePath = (id: string, rest: string) => `/services/${encodeURIComponent(id)}/${rest}`;

/** The client's methods for container auto scaling: a service's status and the what-if replay. */
export function autoScalingMethods(request: Requester) {
  return {
    getAutoScaling: (serviceId: string, signal?: AbortSignal) =>
      request('GET', servicePath(serviceId, 'auto-scaling'), { schema: AutoScalingStatusSchema, signal }),
    replayAutoScaling: (serviceId: string, body: ReplayRequest) =>
      request('POST', servicePath(serviceId, 'auto-scaling/replay'), { body, schema: ReplayResultSchema }),
  };
}

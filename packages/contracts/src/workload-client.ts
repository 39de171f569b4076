import { z } from 'zod';
import {
  ApplicationListSchema,
  ApplicationSchema,
  ApplicationVersionListSchema,
  PlacementPreviewSchema,
} from './applications.ts';
import type {
  ApplicationCreateRequest,
  ApplicationListQuery,
  ApplicationRollbackRequest,
  ApplicationUpdateRequest,
  PlacementPreviewRequest,
} from './applications.ts';
import type { Requester } from './client.ts';
import { EventListSchema } from './events.ts';
import type { EventListQuery } from './events.ts';
import { FaultListSchema, FaultSchema } from './faults.ts';
import type { FaultCreateRequest } from './faults.ts';
import { NodeSchema } from './nodes.ts';
import { RegistryImageListSchema, RegistryImageSchema } from './simulation.ts';
import type { ImagePushRequest, ZoneOutageRequest } from './simulation.ts';
import { ContainerListSchema, ContainerSchema, ServiceListSchema, ServiceSchema } from './workloads.ts';
import type { ContainerListQuery, RescheduleRequest, ServiceListQuery, ServiceUpdateRequest } from './workloads.ts';

const path = (kind: string, id: string, action = '') =>
  `/${kind}/${encodeURIComponent(id)}${action ? `/${action}` : ''}`;

/** The client's methods for applications, services, containers and the simulation panel. */
export function workloadMethods(request: Requester) {
  const application = (id: string, action: string, body: unknown = {}) =>
    request('POST', path('applications', id, action), { body, schema: ApplicationSchema });
  const service = (id: string, action: string, body: unknown = {}) =>
    request('POST', path('services', id, action), { body, schema: ServiceSchema });
  const container = (id: string, action: string) =>
    request('POST', path('containers', id, action), { body: {}, schema: ContainerSchema });
  return {
    listApplications: (query: ApplicationListQuery = {}, signal?: AbortSignal) =>
      request('GET', '/applications', { query, schema: ApplicationListSchema, signal }),
    getApplication: (id: string, signal?: AbortSignal) =>
      request('GET', path('applications', id), { schema: ApplicationSchema, signal }),
    createApplication: (body: ApplicationCreateRequest) =>
      request('POST', '/applications', { body, schema: ApplicationSchema }),
    /** Refused (400) when the version did not change, (409) when `resourceVersion` is stale. */
    updateApplication: (id: string, body: ApplicationUpdateRequest) =>
      request('PUT', path('applications', id), { body, schema: ApplicationSchema }),
    deleteApplication: (id: string) => request('DELETE', path('applications', id), { schema: ApplicationSchema }),
    redeployApplication: (id: string) => application(id, 'redeploy'),
    stopApplication: (id: string) => application(id, 'stop'),
    startApplication: (id: string) => application(id, 'start'),
    rollbackApplication: (id: string, body: ApplicationRollbackRequest) => application(id, 'rollback', body),
    listApplicationVersions: (id: string, signal?: AbortSignal) =>
      request('GET', path('applications', id, 'versions'), { schema: ApplicationVersionListSchema, signal }),
    listApplicationEvents: (id: string, query: EventListQuery = {}, signal?: AbortSignal) =>
      request('GET', path('applications', id, 'events'), { query, schema: EventListSchema, signal }),
    previewPlacement: (body: PlacementPreviewRequest, signal?: AbortSignal) =>
      request('POST', '/applications/preview', { body, schema: PlacementPreviewSchema, signal }),

    listServices: (query: ServiceListQuery = {}, signal?: AbortSignal) =>
      request('GET', '/services', { query, schema: ServiceListSchema, signal }),
    getService: (id: string, signal?: AbortSignal) =>
      request('GET', path('services', id), { schema: ServiceSchema, signal }),
    stopService: (id: string) => service(id, 'stop'),
    startService: (id: string) => service(id, 'start'),
    restartService: (id: string) => service(id, 'restart'),
    rescheduleService: (id: string, body: RescheduleRequest) => service(id, 'reschedule', body),
    deleteService: (id: string) => request('DELETE', path('services', id), { schema: ServiceSchema }),
    /** Change Configuration; refused (409) when `resourceVersion` is stale. */
    updateService: (id: string, body: ServiceUpdateRequest) =>
      request('PUT', path('services', id), { body, schema: ServiceSchema }),
    listServiceEvents: (id: string, query: EventListQuery = {}, signal?: AbortSignal) =>
      request('GET', path('services', id, 'events'), { query, schema: EventListSchema, signal }),

    listContainers: (query: ContainerListQuery = {}, signal?: AbortSignal) =>
      request('GET', '/containers', { query, schema: ContainerListSchema, signal }),
    getContainer: (id: string, signal?: AbortSignal) =>
      request('GET', path('containers', id), { schema: ContainerSchema, signal }),
    stopContainer: (id: string) => container(id, 'stop'),
    startContainer: (id: string) => container(id, 'start'),
    deleteContainer: (id: string) => request('DELETE', path('containers', id), { schema: ContainerSchema }),

    takeNodeDown: (nodeId: string) =>
      request('POST', path('simulation/nodes', nodeId, 'down'), { body: {}, schema: NodeSchema }),
    bringNodeUp: (nodeId: string) =>
      request('POST', path('simulation/nodes', nodeId, 'up'), { body: {}, schema: NodeSchema }),
    takeZoneDown: (body: ZoneOutageRequest) =>
      request('POST', '/simulation/zones/down', { body, schema: z.object({ nodes: z.array(NodeSchema) }) }),
    bringZoneUp: (body: ZoneOutageRequest) =>
      request('POST', '/simulation/zones/up', { body, schema: z.object({ nodes: z.array(NodeSchema) }) }),
    pushImage: (body: ImagePushRequest) =>
      request('POST', '/simulation/images/push', { body, schema: RegistryImageSchema }),
    listPushedImages: (signal?: AbortSignal) =>
      request('GET', '/simulation/images', { schema: RegistryImageListSchema, signal }),
    listFaults: (signal?: AbortSignal) => request('GET', '/simulation/faults', { schema: FaultListSchema, signal }),
    armFault: (body: FaultCreateRequest) => request('POST', '/simulation/faults', { body, schema: FaultSchema }),
    disarmFault: (id: string) => request('DELETE', path('simulation/faults', id)),
  };
}

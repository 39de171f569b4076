import type { Requester } from './client.ts';
import {
  BackendServerListSchema,
  CertificateListSchema,
  CertificateSchema,
  LoadBalancerDetailSchema,
  LoadBalancerListSchema,
  LoadBalancerSchema,
} from './load-balancers.ts';
import type {
  CertificateCreateRequest,
  CertificateListQuery,
  ListenerRequest,
  LoadBalancerCreateRequest,
  LoadBalancerListQuery,
  LoadBalancerRenameRequest,
} from './load-balancers.ts';

const lbPath = (id: string) => `/load-balancers/${encodeURIComponent(id)}`;
/** A listener by front port; `protocol` only when a UDP and a TCP-family listener share the port. */
const listenerPath = (id: string, port: number) => `${lbPath(id)}/listeners/${port}`;
type Family = { protocol?: 'tcp' | 'udp' };

/** The client's methods for Server Load Balancers, their listeners and certificates. */
export function loadBalancerMethods(request: Requester) {
  return {
    listLoadBalancers: (query: LoadBalancerListQuery = {}, signal?: AbortSignal) =>
      request('GET', '/load-balancers', { query, schema: LoadBalancerListSchema, signal }),
    getLoadBalancer: (id: string, signal?: AbortSignal) =>
      request('GET', lbPath(id), { schema: LoadBalancerDetailSchema, signal }),
    createLoadBalancer: (body: LoadBalancerCreateRequest) =>
      request('POST', '/load-balancers', { body, schema: LoadBalancerSchema }),
    /** Edit Load Balancer Name; refused (409) when `resourceVersion` is stale. */
    renameLoadBalancer: (id: string, body: LoadBalancerRenameRequest) =>
      request('PUT', lbPath(id), { body, schema: LoadBalancerSchema }),
    /** Refused (409) while a cluster uses the instance. */
    deleteLoadBalancer: (id: string) => request('DELETE', lbPath(id)),
    addListener: (id: string, body: ListenerRequest) =>
      request('POST', `${lbPath(id)}/listeners`, { body, schema: LoadBalancerSchema }),
    updateListener: (id: string, port: number, body: ListenerRequest, family: Family = {}) =>
      request('PUT', listenerPath(id, port), { body, query: family, schema: LoadBalancerSchema }),
    deleteListener: (id: string, port: number, family: Family = {}) =>
      request('DELETE', listenerPath(id, port), { query: family, schema: LoadBalancerSchema }),
    startListener: (id: string, port: number, family: Family = {}) =>
      request('POST', `${listenerPath(id, port)}/start`, { body: {}, query: family, schema: LoadBalancerSchema }),
    stopListener: (id: string, port: number, family: Family = {}) =>
      request('POST', `${listenerPath(id, port)}/stop`, { body: {}, query: family, schema: LoadBalancerSchema }),
    listBackendServers: (id: string, query: { page?: number; pageSize?: number } = {}, signal?: AbortSignal) =>
      request('GET', `${lbPath(id)}/backend-servers`, { query, schema: BackendServerListSchema, signal }),

    listCertificates: (query: CertificateListQuery = {}, signal?: AbortSignal) =>
      request('GET', '/certificates', { query, schema: CertificateListSchema, signal }),
    getCertificate: (id: string, signal?: AbortSignal) =>
      request('GET', `/certificates/${encodeURIComponent(id)}`, { schema: CertificateSchema, signal }),
    createCertificate: (body: CertificateCreateRequest) =>
      request('POST', '/certificates', { body, schema: CertificateSchema }),
    /** Refused (409) while a listener uses it. */
    deleteCertificate: (id: string) => request('DELETE', `/certificates/${encodeURIComponent(id)}`),
  };
}

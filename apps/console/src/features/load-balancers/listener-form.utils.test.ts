import { describe, expect, it } from 'vitest';
import { ListenerRequestSchema } from '@cs/contracts';
import { backendFor, defaultListenerValues, toListenerRequest } from './listener-form.utils.ts';

describe('toListenerRequest', () => {
  it('sends the guide TCP 6379:6379 listener with its defaults, which the contract accepts', () => {
    const request = toListenerRequest({ ...defaultListenerValues(), frontendPort: 6379, backendPort: 6379 });
    expect(request).toMatchObject({ bandwidth: null, certificateId: null, status: 'running', scheduler: 'wrr' });
    expect(request.healthCheck).toMatchObject({ timeoutSeconds: 5, intervalSeconds: 2, statusCodes: undefined });
    expect(ListenerRequestSchema.safeParse(request).success).toBe(true);
  });

  it('keeps the certificate, route and status codes of an HTTPS listener, and a configured bandwidth', () => {
    const values = defaultListenerValues();
    const request = toListenerRequest({
      ...values,
      frontendProtocol: 'https',
      frontendPort: 443,
      backendProtocol: backendFor('https'),
      backendPort: 9080,
      bandwidthLimited: true,
      bandwidth: 20,
      certificateId: 'cert-1',
      activate: false,
      healthCheck: { ...values.healthCheck, path: '/haproxy-monitor', domain: '', port: null },
    });
    expect(request).toMatchObject({
      backendProtocol: 'http',
      bandwidth: 20,
      certificateId: 'cert-1',
      status: 'stopped',
    });
    expect(request.healthCheck).toMatchObject({
      path: '/haproxy-monitor',
      domain: undefined,
      port: undefined,
      statusCodes: ['http_2xx'],
    });
    expect(ListenerRequestSchema.safeParse(request).success).toBe(true);
  });

  it('drops a certificate from a listener that is not HTTPS', () => {
    expect(toListenerRequest({ ...defaultListenerValues(), certificateId: 'cert-1' }).certificateId).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { planProxyRouting } from './routing-plan.ts';
import type { ProxyCandidateService } from './types.ts';

const candidate = (serviceName: string, labels: Record<string, string>, containers = 2): ProxyCandidateService => ({
  applicationName: 'shop',
  serviceName,
  labels,
  containerPorts: [{ port: 80, protocol: 'tcp' }],
  containers: Array.from({ length: containers }, (_, i) => ({
    name: `shop_${serviceName}_${i + 1}`,
    ip: `172.19.0.${10 + i}`,
    running: true,
    healthy: i === 0 || serviceName !== 'flaky',
  })),
});

const proxy = (environment: Record<string, string> = {}) => ({
  applicationName: 'shop',
  environment,
  ports: [{ containerPort: 80, hostPort: 80, protocol: 'tcp' as const }],
});

describe('planProxyRouting', () => {
  it('orders the virtual hosts by weight, keeps a default backend, and reads each backend’s balancing', () => {
    const plan = planProxyRouting(
      proxy({ BALANCE: 'leastconn' }),
      [
        candidate('wild', { 'aliyun.proxy.VIRTUAL_HOST': '*.domain.com' }),
        candidate('web', {
          'aliyun.proxy.VIRTUAL_HOST': 'web.domain.com',
          'aliyun.proxy.VIRTUAL_HOST_WEIGHT': '1',
          'aliyun.proxy.COOKIE': 'SRV insert indirect nocache',
          'aliyun.proxy.FORCE_SSL': 'yes',
        }),
        candidate('flaky', {
          'aliyun.proxy.required': 'true',
          'aliyun.proxy.APPSESSION': 'JSESSIONID len 52 timeout 3h',
        }),
      ],
      80,
    );
    expect(plan.rules.map((r) => [r.virtualHost.domain, r.target])).toEqual([
      ['web.domain.com', 'SERVICE_shop_web'],
      ['*.domain.com', 'SERVICE_shop_wild'],
    ]);
    expect(plan.defaultBackend).toBe('default_service');
    expect(plan.backends.get('SERVICE_shop_web')).toMatchObject({
      balance: 'leastconn',
      stickiness: { kind: 'insert', cookie: 'SRV' },
      forceSsl: true,
      groups: [{ service: 'shop_web', containers: ['shop_web_1', 'shop_web_2'] }],
    });
    expect(plan.backends.get('default_service')).toMatchObject({
      stickiness: { kind: 'appsession', cookie: 'JSESSIONID' },
      groups: [{ service: 'shop_flaky', containers: ['shop_flaky_1'] }],
    });
  });

  it('reads the frontend settings requests meet: a Host from a URL parameter, the custom 503 page, basic auth', () => {
    const plan = planProxyRouting(
      proxy({
        EXTRA_FRONTEND_SETTINGS_80:
          ' http-request set-header HOST %[urlp(backend)].example.com, errorfile 503 /usr/local/etc/haproxy/errors/503.http',
        HTTP_BASIC_AUTH: 'admin:secret',
      }),
      [candidate('web', { 'aliyun.proxy.VIRTUAL_HOST': 'web.example.com' })],
      80,
    );
    expect(plan.hostFromQuery).toEqual({ parameter: 'backend', suffix: '.example.com' });
    expect(plan.errorFile503).toBe('/usr/local/etc/haproxy/errors/503.http');
    expect(plan.basicAuth).toEqual([{ user: 'admin', password: 'secret' }]);
    expect(planProxyRouting(proxy(), [], 8080)).toMatchObject({ rules: [], backends: new Map() });
  });
});
